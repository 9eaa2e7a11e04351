#!/usr/bin/env python3
"""Builds Mamori's Japanese fonts: the UI's web fonts (ui/src/assets/fonts/MamoriSansJP-*.woff2)
and the PDF reports' fonts (assets/fonts/MamoriSansJP-*.otf, embedded by mamori-report, which
subsets them again per document).

Source: Noto Sans JP (OTF) from the npm package @embedpdf/fonts-jp@1.0.0 (SIL OFL 1.1, see
assets/fonts/OFL.txt). The subset keeps every character of Windows-31J (JIS X 0208 plus the NEC
and IBM extensions, so names like 髙 and 﨑 render), ASCII, Latin-1 and common punctuation, which
cuts each weight from 4.5 MB to about 1.6 MB. "Noto Sans" is a Reserved Font Name, so the subset
is renamed "Mamori Sans JP" as the OFL requires of modified versions.

Run once when the source font or the character set changes; the output is committed:
    pip install fonttools brotli
    npm pack @embedpdf/fonts-jp@1.0.0 && tar xzf embedpdf-fonts-jp-1.0.0.tgz
    python3 scripts/make-ui-fonts.py package/fonts
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "ui" / "src" / "assets" / "fonts"


def charset() -> set[int]:
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    cps |= set(range(0x2000, 0x2070)) | set(range(0x2190, 0x2200)) | set(range(0x2460, 0x24FF))
    cps |= set(range(0x25A0, 0x2700)) | set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0))
    for lead in list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD)):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
            try:
                s = bytes([lead, trail]).decode("cp932")
            except UnicodeDecodeError:
                continue
            cps.update(ord(c) for c in s)
    return cps


PDF_OUT = Path(__file__).resolve().parent.parent / "assets" / "fonts"


def build(src: Path, style: str, flavor: str | None = "woff2") -> None:
    opts = subset.Options()
    opts.flavor = flavor
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.hinting = False
    opts.desubroutinize = False
    font = TTFont(src)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=charset())
    sub.subset(font)
    family = "Mamori Sans JP"
    for rec in font["name"].names:
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID == 4:
            rec.string = f"{family} {style}"
        elif rec.nameID == 6:
            rec.string = f"MamoriSansJP-{style}"
    font.flavor = flavor
    out_dir = OUT if flavor else PDF_OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"MamoriSansJP-{style}.{flavor or 'otf'}"
    font.save(out)
    print(f"{out}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    src_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "package/fonts")
    for style in ("Regular", "Bold"):
        build(src_dir / f"NotoSansJP-{style}.otf", style)
        build(src_dir / f"NotoSansJP-{style}.otf", style, flavor=None)
