#pragma once
// Logging categories of the core, one per module. Secrets never reach them.

#include <QLoggingCategory>

namespace berth {
Q_DECLARE_LOGGING_CATEGORY(lcRegistry) // berth.registry
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // berth.auth
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     // berth.http
Q_DECLARE_LOGGING_CATEGORY(lcTransfer) // berth.transfer
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // berth.credentials
Q_DECLARE_LOGGING_CATEGORY(lcHarbor)   // berth.harbor
} // namespace berth
