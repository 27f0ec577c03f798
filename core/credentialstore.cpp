#include "credentialstore.h"

#include <QTimer>

namespace berth {

CredentialJob::CredentialJob(Operation operation, const QString &registry, const QString &username,
                             QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_registry(registry)
    , m_username(username)
{
}

void CredentialJob::succeed(const QString &secret)
{
    if (m_finished)
        return;
    m_secret = secret;
    finish();
}

void CredentialJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void CredentialJob::succeedLater(const QString &secret)
{
    QTimer::singleShot(0, this, [this, secret] { succeed(secret); });
}

void CredentialJob::failLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void CredentialJob::finish()
{
    m_finished = true;
    emit finished();
    deleteLater();
}

QString CredentialStore::key(const QString &registry, const QString &username)
{
    return QStringLiteral("berth:") + registry.trimmed().toLower() + QLatin1Char(':') + username;
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

} // namespace berth
