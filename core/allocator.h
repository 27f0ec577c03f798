#pragma once
// Process-wide allocator settings for streaming blobs; called first thing in main().

namespace berth {

// glibc's defaults hand the chunks a transfer cycles through (Qt's network buffers, up to a few
// MiB in flight per blob) back to the kernel and fault them in again: measured on a 1 GiB pull,
// about a quarter of Berth's CPU time. Keeps them in the heap instead: blocks under 4 MiB are
// never mmap()ed, and free memory is returned once 64 MiB are free at the top of the heap.
// A no-op where the C library is not glibc.
void tuneAllocatorForStreaming();

} // namespace berth
