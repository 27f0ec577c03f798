#include "logging.h"

namespace berth {
Q_LOGGING_CATEGORY(lcRegistry, "berth.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "berth.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "berth.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "berth.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "berth.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHarbor, "berth.harbor", QtInfoMsg)
} // namespace berth
