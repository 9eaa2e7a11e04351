//! Contractor branding: name, contact line and logo in the header; bad logos are typed errors.

use mamori_core::Locale;
use mamori_report::{Branding, ReportError, ReportKind, render};

use crate::util::*;

/// A 4×2 red PNG, made by hand: signature, IHDR, IDAT (zlib, stored), IEND.
fn tiny_png() -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut c = 0xffff_ffffu32;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    }
    let (w, h) = (4u32, 2u32);
    // Each row: filter byte 0, then RGB pixels.
    let row: Vec<u8> = std::iter::once(0)
        .chain((0..w).flat_map(|_| [200, 30, 30]))
        .collect();
    let raw: Vec<u8> = (0..h).flat_map(|_| row.clone()).collect();
    let adler = {
        let (mut a, mut b) = (1u32, 0u32);
        for &x in &raw {
            a = (a + u32::from(x)) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16) | a
    };
    let mut z = vec![0x78, 0x01, 0x01];
    z.extend((raw.len() as u16).to_le_bytes());
    z.extend((!(raw.len() as u16)).to_le_bytes());
    z.extend(&raw);
    z.extend(adler.to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(w.to_be_bytes());
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &z);
    chunk(&mut png, b"IEND", &[]);
    png
}

#[test]
fn contractor_name_contact_and_logo_are_on_every_page() {
    let branding = Branding {
        contractor_name: Some("さくらITサポート合同会社".into()),
        contact_line: Some("03-1234-5678 · support@example.jp".into()),
        logo: Some(tiny_png()),
    };
    let dir = tempfile::tempdir().unwrap();
    let bytes = pdf(ReportKind::Summary, Locale::Ja, &branding);
    let path = write(dir.path(), "branded-summary-ja.pdf", &bytes);
    qpdf_check(&path);
    let text = pdftotext(&path);
    for page in text.split('\u{c}').filter(|p| !p.trim().is_empty()) {
        let p = squeeze(page);
        assert!(p.contains("さくらITサポート合同会社"), "{page}");
        assert!(p.contains("対象：株式会社ミナト精工"), "{page}");
    }
    assert!(squeeze(&text).contains("作成さくらITサポート合同会社"));
    assert!(pdfinfo(&path).contains("Author:          さくらITサポート合同会社"));
    // The logo is drawn large on the summary and in the header of both pages.
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        list.lines().filter(|l| l.contains(" image ")).count(),
        3,
        "{list}"
    );
    // Lossless (Flate), not JPEG: logos are flat colours and text.
    assert!(!list.contains("jpeg"), "{list}");
}

#[test]
fn a_bad_logo_is_an_error_not_a_panic() {
    let data = demo();
    let l = localizer();
    let branding = Branding {
        logo: Some(b"not an image at all".to_vec()),
        ..Branding::default()
    };
    let err = render(
        ReportKind::Summary,
        &input(&data, &l, Locale::En, &branding),
    )
    .unwrap_err();
    assert!(matches!(err, ReportError::BadLogo(_)), "{err:?}");
    let mut truncated = tiny_png();
    truncated.truncate(30);
    let branding = Branding {
        logo: Some(truncated),
        ..Branding::default()
    };
    let err = render(
        ReportKind::Summary,
        &input(&data, &l, Locale::En, &branding),
    )
    .unwrap_err();
    assert!(matches!(err, ReportError::BadLogo(_)), "{err:?}");
}
