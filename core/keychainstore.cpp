#include "keychainstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

namespace berth {

namespace {

// Runs one QtKeychain job and turns its outcome into a CredentialJob result.
class KeychainJob final : public CredentialJob
{
    Q_DECLARE_TR_FUNCTIONS(berth::KeychainStore)
public:
    KeychainJob(Operation operation, const QString &registry, const QString &username, QObject *parent)
        : CredentialJob(operation, registry, username, parent)
    {
    }

    void start(QKeychain::Job *job, std::chrono::milliseconds timeout)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(CredentialStore::key(registry(), username()));
        // The QtKeychain job is never deleted by us: its backend may still call back into it
        // after a timeout. Once we stopped listening, it deletes itself whenever it ends.
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) { onFinished(done); });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, job, timeout] {
            disconnect(job, nullptr, this, nullptr);
            qCWarning(lcCredentials) << "keychain timeout for" << registry() << "after" << timeout.count() << "ms";
            fail(Error::make(ErrorKind::Io,
                             tr("The keychain did not answer within %1 seconds. Unlock it (a password prompt may be "
                                "waiting) and try again.")
                                 .arg(qMax<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))));
        });
        timer->start(timeout);
        // Backends may finish inside start(); deferring keeps finished() after the caller connected.
        QTimer::singleShot(0, job, [job] { job->start(); });
    }

private:
    void onFinished(QKeychain::Job *job)
    {
        if (job->error() == QKeychain::NoError) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                succeed(readJob->textData());
            else
                succeed();
            return;
        }
        // The backend's text may be technical; it goes to the log, never a secret in it.
        qCInfo(lcCredentials) << "keychain error" << int(job->error()) << job->errorString() << "for" << registry();
        fail(mapError(job->error(), job->errorString()));
    }

    Error mapError(QKeychain::Error code, const QString &text) const
    {
        if (code == QKeychain::EntryNotFound) {
            return Error::make(ErrorKind::NotFound,
                               tr("The keychain holds no password for %1 at %2.").arg(username(), registry()));
        }
        if (code == QKeychain::AccessDenied) {
            return Error::make(ErrorKind::Denied,
                               tr("The keychain is locked or refused access. Unlock it and try again."));
        }
        if (code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented || looksLikeNoService(text)) {
            return Error::make(ErrorKind::Unsupported,
                               tr("No keychain service is available. Start one (GNOME Keyring, KeePassXC or KWallet "
                                  "with the Secret Service enabled) in your desktop session and try again; Berth "
                                  "never stores passwords in plain text."));
        }
        return Error::make(ErrorKind::Io, tr("The keychain failed: %1").arg(text));
    }

    // libsecret reports a missing D-Bus session or Secret Service only as a generic error.
    static bool looksLikeNoService(const QString &text)
    {
        static const char *const markers[] = {"org.freedesktop.secrets", "D-Bus", "DBus", "dbus", "autolaunch",
                                              "No such interface", "not provided by any .service"};
        for (const char *marker : markers) {
            if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : CredentialStore(parent)
{
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("Berth");
}

CredentialJob *KeychainStore::read(const QString &registry, const QString &username)
{
    auto *job = new KeychainJob(CredentialJob::Operation::Read, registry, username, this);
    job->start(new QKeychain::ReadPasswordJob(serviceName()), m_timeout);
    return job;
}

CredentialJob *KeychainStore::write(const QString &registry, const QString &username, const QString &secret)
{
    auto *job = new KeychainJob(CredentialJob::Operation::Write, registry, username, this);
    auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
    writeJob->setTextData(secret);
    job->start(writeJob, m_timeout);
    return job;
}

CredentialJob *KeychainStore::remove(const QString &registry, const QString &username)
{
    auto *job = new KeychainJob(CredentialJob::Operation::Remove, registry, username, this);
    job->start(new QKeychain::DeletePasswordJob(serviceName()), m_timeout);
    return job;
}

} // namespace berth
