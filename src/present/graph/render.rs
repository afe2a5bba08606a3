//! Pictures from DOT, by Graphviz's `dot` program (`GRAPHVIZ_DOT` names another one).

use std::io::Write;
use std::process::{Command, Stdio};

/// What `dot` is asked to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Image {
    Svg,
    Png,
}

impl Image {
    fn flag(self) -> &'static str {
        match self {
            Image::Svg => "-Tsvg",
            Image::Png => "-Tpng",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("Graphviz's `{program}` was not found: install Graphviz (Debian/Ubuntu: `apt-get install graphviz`, Fedora: `dnf install graphviz`, macOS: `brew install graphviz`) or write DOT with `--format dot`")]
    NotInstalled { program: String },
    #[error("Graphviz's `{program}` failed ({status}): {stderr}")]
    Failed {
        program: String,
        status: String,
        stderr: String,
    },
    #[error("running Graphviz's `{program}`: {source}")]
    Io {
        program: String,
        source: std::io::Error,
    },
}

/// Draws `dot_text` with Graphviz.
pub fn render(dot_text: &str, image: Image) -> Result<Vec<u8>, RenderError> {
    let program = std::env::var("GRAPHVIZ_DOT").unwrap_or_else(|_| "dot".to_owned());
    let io = |source| RenderError::Io {
        program: program.clone(),
        source,
    };
    let mut child = match Command::new(&program)
        .arg(image.flag())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(RenderError::NotInstalled { program })
        }
        Err(e) => return Err(io(e)),
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // Written from another thread: dot may start writing before it has read everything.
    let text = dot_text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child.wait_with_output().map_err(io)?;
    let written = writer.join().unwrap_or(Ok(()));
    if !output.status.success() {
        return Err(RenderError::Failed {
            program,
            status: output.status.to_string(),
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    written.map_err(io)?;
    Ok(output.stdout)
}
