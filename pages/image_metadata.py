"""Photos lose their metadata on upload: EXIF (GPS position, camera serial number, date), XMP and comments
could tell a reader where a child lives. The picture is re-encoded from its pixels, turned upright first so
that a phone's orientation tag is not needed any more. Only the colour profile is kept."""

import io

from PIL import Image, ImageOps

# Pillow's format name -> what the cleaned file is saved as. A phone's "MPO" is a JPEG with extra frames.
SAVED_AS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "AVIF": "AVIF", "GIF": "GIF"}
# Image.info entries that say nothing about where or by whom a photo was taken.
KEPT_INFO = ("icc_profile", "transparency", "duration", "loop", "background")


def without_metadata(data):
    """`data` (bytes of an image) re-encoded without EXIF, XMP or comments, turned upright. Returns bytes, or
    None when the format is not one Wagtail accepts (Wagtail's own checks then refuse the upload)."""
    with Image.open(io.BytesIO(data)) as image:
        saved_as = SAVED_AS.get(image.format)
        if saved_as is None:
            return None
        if getattr(image, "n_frames", 1) > 1 and saved_as in ("GIF", "WEBP"):
            return _animation_without_metadata(image, saved_as)
        upright = ImageOps.exif_transpose(image)
        kept = {key: image.info[key] for key in KEPT_INFO if key in image.info}
        upright.info = {}
        options = {"icc_profile": kept.get("icc_profile")} if "icc_profile" in kept else {}
        if "transparency" in kept:
            options["transparency"] = kept["transparency"]
        if saved_as == "JPEG":
            if upright.mode not in ("RGB", "L", "CMYK"):
                upright = upright.convert("RGB")
            options.update(quality=90, optimize=True)
        out = io.BytesIO()
        upright.save(out, format=saved_as, exif=b"", **options)
        return out.getvalue()


def _animation_without_metadata(image, saved_as):
    frames = []
    for index in range(image.n_frames):
        image.seek(index)
        frames.append(image.copy())
    for frame in frames:
        frame.info = {key: value for key, value in frame.info.items() if key in KEPT_INFO}
    out = io.BytesIO()
    frames[0].save(
        out,
        format=saved_as,
        save_all=True,
        append_images=frames[1:],
        duration=image.info.get("duration", 100),
        loop=image.info.get("loop", 0),
    )
    return out.getvalue()
