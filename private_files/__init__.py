"""Personal documents (applicants' CVs, volunteers' police checks): checked by content, kept where no URL
reaches them, and served only through views that check a permission and log the download."""
