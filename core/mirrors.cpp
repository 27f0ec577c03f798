#include "mirrors.h"

#include "logging.h"
#include "manifest.h"
#include "reference.h"
#include "registryclient.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace berth {

namespace mirrors {

std::optional<QString> registryOf(const QString &mirror)
{
    const QString text = mirror.trimmed();
    const QUrl url(text.contains(u"://"_s) ? text : u"https://"_s + text);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")
        || (!url.path().isEmpty() && url.path() != u"/"))
        return std::nullopt;
    return ImageReference::parseRegistry(url.authority(QUrl::FullyEncoded));
}

bool fallsBack(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::None:
    case ErrorKind::InvalidInput:
    case ErrorKind::Io:
    case ErrorKind::Cancelled:
        return false;
    default:
        return true;
    }
}

} // namespace mirrors

MirrorSelection::MirrorSelection(const QList<RegistryClient *> &endpoints, const QString &repository,
                                 const QString &reference, QObject *parent)
    : Job(parent), m_repository(repository), m_reference(reference)
{
    for (RegistryClient *client : endpoints)
        m_endpoints << QPointer<RegistryClient>(client);
}

void MirrorSelection::start()
{
    QMetaObject::invokeMethod(this, [this] { tryEndpoint(0); }, Qt::QueuedConnection);
}

void MirrorSelection::abort()
{
    if (m_current)
        m_current->abort();
    Job::abort();
}

void MirrorSelection::tryEndpoint(int index)
{
    if (isFinished())
        return;
    RegistryClient *client = m_endpoints.value(index);
    if (!client) {
        finish(Error::make(ErrorKind::Cancelled, tr("The registry connection went away.")));
        return;
    }
    RequestSpec spec;
    spec.verb = "HEAD";
    spec.path = RegistryClient::manifestPath(m_repository, m_reference);
    spec.headers = {{QByteArrayLiteral("Accept"), manifestAcceptHeader()}};
    spec.scopes = {Scope::repository(m_repository, {QStringLiteral("pull")})};
    spec.context = {client->registry(), m_repository + u':' + m_reference, {}};
    m_current = client->send(spec);
    connect(m_current, &Job::finished, this, [this, index, client, reply = m_current.data()] {
        Error error = reply->error();
        if (!error && reply->status() != 200)
            error = Error::make(ErrorKind::Server, tr("%1 answered %2.").arg(client->registry()).arg(reply->status()),
                                reply->status());
        const bool last = index + 1 >= m_endpoints.size();
        if (!error || last || !mirrors::fallsBack(error)) {
            if (!error)
                m_chosen = client;
            if (!error && index > 0)
                qCInfo(lcRegistry) << "using" << client->registry() << "after" << index << "mirror(s) failed";
            finish(error);
            return;
        }
        m_skipped << tr("Mirror %1 skipped: %2").arg(client->registry(), error.message);
        qCInfo(lcRegistry) << "mirror" << client->registry() << "skipped for" << m_repository << error.message;
        tryEndpoint(index + 1);
    });
}

} // namespace berth
