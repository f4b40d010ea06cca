"""Demo PDF documents made with fpdf2: a title page heading and a few sections of text."""

from fpdf import FPDF


def report_pdf(title, sections):
    """PDF bytes with `title` and `sections` ([{"heading": ..., "text": ...}]). Latin text only."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("CCPCR")
    pdf.set_creator("CCPCR website demo content")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, _latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0, 6, "Cambodian Center for the Protection of Children's Rights (CCPCR)", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(6)
    for section in sections:
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, _latin(section["heading"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, _latin(section["text"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def _latin(text):
    # The built-in PDF fonts cover Latin-1 only; typographic quotes and dashes are folded to plain ones.
    replacements = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."}
    for fancy, plain in replacements.items():
        text = text.replace(fancy, plain)
    return text.encode("latin-1", "replace").decode("latin-1")
