#pragma once
// Registry error bodies ({"errors":[{"code","message","detail"}]}) and HTTP failures mapped to
// berth::Error with a message a person can act on.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace berth {

struct RegistryErrorEntry {
    QString code;    // upper-case code as sent; unknown codes kept as sent
    QString message;
    QString detail;  // compact JSON text of "detail" when present
};

// Parses an error body. Tolerates HTML, empty or non-JSON bodies (returns an empty list). Reads at
// most the first 64 KiB; longer bodies are truncated before parsing.
QList<RegistryErrorEntry> parseErrorBody(const QByteArray &body);

// What the caller was doing, so messages name it: "team/web:1.0", "the catalog of host:5000".
struct ErrorContext {
    QString registry;   // host[:port]
    QString subject;    // what was asked for, e.g. "team/web:1.0"
    QString operation;  // "delete", "pull", ... may be empty
};

class RegistryErrors final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryErrors)
public:
    // Maps an HTTP status and error body to an Error: 401 -> Unauthorized, 403/DENIED -> Denied,
    // 404/*_UNKNOWN -> NotFound, 405/UNSUPPORTED -> Unsupported (for a delete: "deletion is
    // disabled on this registry"), 429/TOOMANYREQUESTS -> RateLimited, 5xx -> Server, other 4xx ->
    // Protocol or InvalidInput. The message names ctx.subject and ctx.registry, includes the
    // server's own message when there is one, and says what to do.
    static Error fromHttp(int status, const QByteArray &body, const ErrorContext &ctx);

    // The Warning: 299 - "text" header values to show to the user (text only).
    static QStringList warnings(const QList<QByteArray> &warningHeaderValues);
};

} // namespace berth
