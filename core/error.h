#pragma once
// The one error type of the core: what went wrong, said for a person, with a kind that maps to
// berthctl's exit codes.

#include <QString>

namespace berth {

enum class ErrorKind {
    None,
    InvalidInput,   // bad reference, bad argument, malformed local file
    Network,        // host unreachable, connection reset, timeout
    Tls,            // certificate or handshake failure
    Unauthorized,   // credentials refused or missing (401)
    Denied,         // authenticated, but permission refused (403, insufficient scope)
    NotFound,       // 404, MANIFEST_UNKNOWN, NAME_UNKNOWN, BLOB_UNKNOWN
    Unsupported,    // 405: e.g. deletion disabled on the registry
    RateLimited,    // 429 after the retries ran out
    Server,         // 5xx after the retries ran out, other unexpected statuses
    Protocol,       // malformed response: bad JSON, media type confusion, oversized body
    Integrity,      // digest or size mismatch
    Io,             // local disk: full, read-only, missing
    Cancelled,
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;     // one line, translated, names the thing and what to do
    QString code;        // registry error code (MANIFEST_UNKNOWN, ...) when there is one
    int httpStatus = 0;

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    // berthctl exit code: 1 failed, 3 authentication/permission refused, 4 not found.
    int exitCode() const
    {
        switch (kind) {
        case ErrorKind::None: return 0;
        case ErrorKind::InvalidInput: return 2;
        case ErrorKind::Unauthorized:
        case ErrorKind::Denied: return 3;
        case ErrorKind::NotFound: return 4;
        default: return 1;
        }
    }

    static Error make(ErrorKind kind, const QString &message, int httpStatus = 0, const QString &code = {})
    {
        return Error{kind, message, code, httpStatus};
    }
};

} // namespace berth
