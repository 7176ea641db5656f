//! CPU time and peak memory of a process, read from Linux's `/proc/<pid>/stat` and
//! `/proc/<pid>/status`.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, Default)]
pub struct Resources {
    /// User plus system CPU time, in seconds.
    pub cpu_secs: f64,
    /// Peak resident set size (`VmHWM`), in bytes.
    pub peak_rss_bytes: u64,
    /// Current resident set size (`VmRSS`), in bytes.
    pub rss_bytes: u64,
}

impl Resources {
    /// `None` when the process is gone or `/proc` is not there.
    pub fn of(pid: u32) -> Option<Resources> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name (field 2) may hold spaces: count fields after its ')'.
        let after_name = &stat[stat.rfind(')')? + 1..];
        let fields: Vec<&str> = after_name.split_whitespace().collect();
        // Fields 14 and 15 of the whole line (utime, stime) are 12 and 13 here.
        let ticks: u64 =
            fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let kilobytes = |name: &str| -> u64 {
            status
                .lines()
                .find(|line| line.starts_with(name))
                .and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
                .unwrap_or(0)
        };
        Some(Resources {
            cpu_secs: ticks as f64 / clock_ticks_per_sec(),
            peak_rss_bytes: kilobytes("VmHWM:") * 1024,
            rss_bytes: kilobytes("VmRSS:") * 1024,
        })
    }
}

/// `getconf CLK_TCK`, 100 when it cannot be asked (the value on every common Linux).
fn clock_ticks_per_sec() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_this_process() {
        let resources = super::Resources::of(std::process::id()).expect("own /proc entry");
        assert!(resources.peak_rss_bytes > 0);
        assert!(resources.cpu_secs >= 0.0);
    }
}
