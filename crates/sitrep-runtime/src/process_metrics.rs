//! The process metrics Prometheus clients conventionally export (`process_cpu_seconds_total`,
//! `process_resident_memory_bytes`, ...), read from `/proc` when `/metrics` is scraped.
//! Elsewhere than Linux they are simply not set.

use crate::metric_catalogue as names;

/// Linux reports CPU times and start times in clock ticks of `USER_HZ`, which is 100 on
/// every architecture Linux runs containers on.
const TICKS_PER_SECOND: f64 = 100.0;

/// What `/proc` says about this process now.
#[derive(Debug, Default, PartialEq)]
struct Sample {
    cpu_seconds: Option<f64>,
    resident_bytes: Option<f64>,
    virtual_bytes: Option<f64>,
    threads: Option<f64>,
    start_time_seconds: Option<f64>,
    open_fds: Option<f64>,
    max_fds: Option<f64>,
}

/// Reads `/proc` and sets the gauges (and the CPU counter).
pub fn refresh() {
    let sample = read();
    if let Some(seconds) = sample.cpu_seconds {
        // A counter only the kernel moves: set to what it says, in whole seconds (the
        // recorder's counters are integers; rate() over a minute or more smooths that).
        metrics::counter!(names::PROCESS_CPU_SECONDS).absolute(seconds as u64);
    }
    let gauges = [
        (names::PROCESS_RESIDENT_MEMORY, sample.resident_bytes),
        (names::PROCESS_VIRTUAL_MEMORY, sample.virtual_bytes),
        (names::PROCESS_THREADS, sample.threads),
        (names::PROCESS_START_TIME, sample.start_time_seconds),
        (names::PROCESS_OPEN_FDS, sample.open_fds),
        (names::PROCESS_MAX_FDS, sample.max_fds),
    ];
    for (name, value) in gauges {
        if let Some(value) = value {
            metrics::gauge!(name).set(value);
        }
    }
}

fn read() -> Sample {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let mut sample = Sample::default();
    if let Some(stat) = read("/proc/self/stat") {
        let boot_time = read("/proc/stat").and_then(|text| boot_time(&text));
        parse_stat(&stat, boot_time, &mut sample);
    }
    if let Some(status) = read("/proc/self/status") {
        parse_status(&status, &mut sample);
    }
    if let Some(limits) = read("/proc/self/limits") {
        sample.max_fds = max_open_files(&limits);
    }
    sample.open_fds = std::fs::read_dir("/proc/self/fd")
        .ok()
        .map(|entries| entries.count() as f64);
    sample
}

/// `/proc/self/stat`: the fields after the command name (which may hold spaces and
/// parentheses, so it is skipped up to its last `)`).
fn parse_stat(stat: &str, boot_time: Option<f64>, sample: &mut Sample) {
    let Some(rest) = stat.rfind(')').map(|at| &stat[at + 1..]) else {
        return;
    };
    // Field 3 (state) is the first after the name; utime is field 14, stime 15,
    // starttime 22.
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |number: usize| fields.get(number - 3)?.parse::<f64>().ok();
    if let (Some(user), Some(system)) = (field(14), field(15)) {
        sample.cpu_seconds = Some((user + system) / TICKS_PER_SECOND);
    }
    if let (Some(start), Some(boot)) = (field(22), boot_time) {
        sample.start_time_seconds = Some(boot + start / TICKS_PER_SECOND);
    }
}

/// `btime` of `/proc/stat`: when the machine booted, in seconds since the epoch.
fn boot_time(stat: &str) -> Option<f64> {
    stat.lines()
        .find_map(|line| line.strip_prefix("btime "))
        .and_then(|value| value.trim().parse().ok())
}

/// `VmRSS`, `VmSize` (in kB) and `Threads` of `/proc/self/status`.
fn parse_status(status: &str, sample: &mut Sample) {
    for line in status.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let number = value
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<f64>().ok());
        match key {
            "VmRSS" => sample.resident_bytes = number.map(|kb| kb * 1024.0),
            "VmSize" => sample.virtual_bytes = number.map(|kb| kb * 1024.0),
            "Threads" => sample.threads = number,
            _ => {}
        }
    }
}

/// The soft limit on the `Max open files` line of `/proc/self/limits`.
fn max_open_files(limits: &str) -> Option<f64> {
    let line = limits
        .lines()
        .find(|line| line.starts_with("Max open files"))?;
    line["Max open files".len()..]
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_proc_files() {
        let mut sample = Sample::default();
        let stat = "4242 (sitrep (a) b) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 9 0 \
                    12345 104857600 2048 18446744073709551615";
        parse_stat(
            stat,
            boot_time("cpu  1 2 3\nbtime 1700000000\n"),
            &mut sample,
        );
        assert_eq!(sample.cpu_seconds, Some(3.0));
        assert_eq!(sample.start_time_seconds, Some(1_700_000_123.45));
        parse_status(
            "Name:\tsitrep\nVmSize:\t  102400 kB\nVmRSS:\t    8192 kB\nThreads:\t9\n",
            &mut sample,
        );
        assert_eq!(sample.resident_bytes, Some(8192.0 * 1024.0));
        assert_eq!(sample.virtual_bytes, Some(102400.0 * 1024.0));
        assert_eq!(sample.threads, Some(9.0));
        let limits = "Limit                     Soft Limit           Hard Limit           Units\n\
                      Max open files            1048576              1048576              files\n";
        assert_eq!(max_open_files(limits), Some(1_048_576.0));
    }

    #[test]
    fn this_process_can_be_read() {
        if !std::path::Path::new("/proc/self/stat").exists() {
            return;
        }
        let sample = read();
        assert!(sample.resident_bytes.is_some_and(|bytes| bytes > 0.0));
        assert!(sample.open_fds.is_some_and(|fds| fds >= 1.0));
        assert!(sample.cpu_seconds.is_some());
    }
}
