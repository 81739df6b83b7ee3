use std::process::ExitCode;

fn main() -> ExitCode {
    nenkin_bot::cli::run()
}

// Handling an update allocates a few hundred times (teloxide's types, JSON both ways, the
// reply), on the runtime's threads and SQLite's. Under the load benchmark glibc's malloc and
// free were a sixth of the bot's CPU; jemalloc's thread caches make the bot 15–25 % cheaper per
// update. One arena (the thread caches take the contention) and returning freed pages to the
// system within a second keep its memory near glibc's; purging at once cost twice the CPU.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read when it starts (the `_RJEM_MALLOC_CONF` variable still overrides).
#[cfg(not(target_env = "msvc"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: &[u8] = b"narenas:1,dirty_decay_ms:1000,muzzy_decay_ms:0\0";
