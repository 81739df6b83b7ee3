//! QR codes of start links, as PNG or SVG files for printing.

use std::path::Path;

use anyhow::Context as _;
use qrcode::{Color, EcLevel, QrCode};

/// Pixels per module in a PNG: large enough to print at poster size without blurring.
const PNG_SCALE: usize = 12;
/// Light modules around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// Why a QR file was not written.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("the file name must end in .png or .svg")]
    Format,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Writes `text` as a QR code to `path` (`.png` or `.svg`), with medium error correction so
/// a poster that is a little worn still scans.
pub fn write(text: &str, path: &Path) -> Result<(), QrError> {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let code = QrCode::with_error_correction_level(text, EcLevel::M).context("making the QR code")?;
    let bytes = match extension.as_deref() {
        Some("svg") => code
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(256, 256)
            .build()
            .into_bytes(),
        Some("png") => png(&code)?,
        _ => return Err(QrError::Format),
    };
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// A greyscale PNG of the code: black modules on white, with the quiet zone.
fn png(code: &QrCode) -> anyhow::Result<Vec<u8>> {
    let modules = code.width();
    let side = (modules + 2 * QUIET_ZONE) * PNG_SCALE;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = ((i % modules + QUIET_ZONE) * PNG_SCALE, (i / modules + QUIET_ZONE) * PNG_SCALE);
            for row in y..y + PNG_SCALE {
                pixels[row * side + x..row * side + x + PNG_SCALE].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let side32 = u32::try_from(side).context("QR code too large")?;
    let mut encoder = png::Encoder::new(&mut out, side32, side32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().context("writing the PNG")?;
    writer.write_image_data(&pixels).context("writing the PNG")?;
    writer.finish().context("writing the PNG")?;
    Ok(out)
}
