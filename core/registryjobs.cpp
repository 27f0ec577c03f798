#include "registryjobs.h"

#include "digest.h"
#include "linkheader.h"
#include "naturalsort.h"
#include "registryclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString contentTypeOf(const QByteArray &header)
{
    return QString::fromLatin1(header.split(';').constFirst()).trimmed().toLower();
}
} // namespace

// ---- RegistryJob

RegistryJob::RegistryJob(RegistryClient *client) : Job(client), m_client(client)
{
}

RegistryReply *RegistryJob::send(const RequestSpec &spec)
{
    m_current = m_client->send(spec);
    return m_current;
}

void RegistryJob::abort()
{
    if (m_current)
        m_current->abort();
    Job::abort();
}

// ---- ListJob

ListJob::ListJob(RegistryClient *client, Kind kind, const QString &repository, int pageSize)
    : RegistryJob(client), m_kind(kind), m_repository(repository), m_pageSize(pageSize)
{
}

void ListJob::start()
{
    QString path = m_kind == Catalog ? u"/v2/_catalog"_s : u"/v2/"_s + m_repository + u"/tags/list"_s;
    if (m_pageSize > 0)
        path += u"?n="_s + QString::number(m_pageSize);
    requestPage({}, path);
}

void ListJob::requestPage(const QUrl &url, const QString &path)
{
    RequestSpec spec;
    spec.url = url;
    spec.path = path;
    spec.maxBodySize = 64 * 1024 * 1024;
    if (m_kind == Catalog) {
        spec.scopes = {Scope::catalog()};
        spec.context = {m_client->registry(), tr("the catalog of %1").arg(m_client->registry()), {}};
    } else {
        spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
        spec.context = {m_client->registry(), m_repository, {}};
    }
    RegistryReply *reply = send(spec);
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        if (reply->error()) {
            finish(reply->error());
            return;
        }
        ++m_pages;
        m_visited.insert(reply->url().toString(QUrl::FullyEncoded));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->body(), &parseError);
        const QString key = m_kind == Catalog ? u"repositories"_s : u"tags"_s;
        const QJsonValue list = doc.object().value(key);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !(list.isArray() || list.isNull())) {
            finish(Error::make(ErrorKind::Protocol, tr("%1 sent a malformed list for %2.")
                                                        .arg(m_client->registry(), reply->spec().context.subject)));
            return;
        }
        QStringList fresh;
        for (const QJsonValue &v : list.toArray()) {
            const QString item = v.toString();
            if (!item.isEmpty() && !m_seen.contains(item)) {
                m_seen.insert(item);
                fresh << item;
            }
        }
        m_items += fresh;
        if (!fresh.isEmpty())
            emit pageReceived(fresh);

        const auto next = nextLink(reply->header("Link"), reply->url());
        if (!next || fresh.isEmpty() || m_visited.contains(next->toString(QUrl::FullyEncoded)) || m_pages >= MaxPages) {
            if (m_kind == Tags && m_naturalOrder)
                naturalSort(m_items);
            finish();
            return;
        }
        requestPage(*next, {});
    });
}

// ---- ManifestJob

ManifestJob::ManifestJob(RegistryClient *client, const QString &repository, const QString &reference, bool headOnly)
    : RegistryJob(client), m_repository(repository), m_reference(reference), m_headOnly(headOnly)
{
}

RequestSpec ManifestJob::manifestSpec(const QByteArray &verb) const
{
    RequestSpec spec;
    spec.verb = verb;
    spec.path = RegistryClient::manifestPath(m_repository, m_reference);
    spec.headers = {{"Accept", manifestAcceptHeader()}};
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.maxBodySize = ManifestParser::MaxManifestSize;
    spec.context = {m_client->registry(), m_repository + (isValidDigest(m_reference) ? u'@' : u':') + m_reference, {}};
    return spec;
}

void ManifestJob::start()
{
    if (!m_headOnly) {
        getManifest();
        return;
    }
    RegistryReply *reply = send(manifestSpec("HEAD"));
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        if (reply->error()) {
            finish(reply->error());
            return;
        }
        const QString digest = QString::fromLatin1(reply->header("Docker-Content-Digest"));
        if (!isValidDigest(digest)) {
            getManifest(); // the registry does not say; read the bytes and hash them
            return;
        }
        if (isValidDigest(m_reference) && digest != m_reference) {
            finish(Error::make(ErrorKind::Integrity, tr("%1 answered for %2 with the digest %3.")
                                                         .arg(m_client->registry(), m_reference, digest)));
            return;
        }
        m_digest = digest;
        m_mediaType = contentTypeOf(reply->header("Content-Type"));
        m_size = reply->header("Content-Length").toLongLong();
        finish();
    });
}

void ManifestJob::getManifest()
{
    RegistryReply *reply = send(manifestSpec("GET"));
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        if (reply->error()) {
            finish(reply->error());
            return;
        }
        const QByteArray bytes = reply->body();
        const QString computed = Sha256::digestOf(bytes);
        if (isValidDigest(m_reference) && computed != m_reference) {
            finish(Error::make(ErrorKind::Integrity,
                               tr("%1 sent a manifest for %2@%3 whose content has the digest %4; it was not used.")
                                   .arg(m_client->registry(), m_repository, m_reference, computed)));
            return;
        }
        const QString announced = QString::fromLatin1(reply->header("Docker-Content-Digest"));
        if (!announced.isEmpty() && announced.startsWith(u"sha256:") && announced != computed) {
            finish(Error::make(ErrorKind::Integrity,
                               tr("%1 announced the digest %2 for %3:%4 but sent content with the digest %5.")
                                   .arg(m_client->registry(), announced, m_repository, m_reference, computed)));
            return;
        }
        Error error;
        const auto parsed = ManifestParser::parse(bytes, contentTypeOf(reply->header("Content-Type")), &error);
        if (!parsed) {
            error.message = tr("The manifest of %1:%2 cannot be used: %3").arg(m_repository, m_reference, error.message);
            finish(error);
            return;
        }
        m_manifest = *parsed;
        m_manifest.bytes = bytes;
        m_manifest.digest = computed;
        m_digest = computed;
        m_mediaType = parsed->mediaType;
        m_size = bytes.size();
        finish();
    });
}

// ---- BlobBytesJob

BlobBytesJob::BlobBytesJob(RegistryClient *client, const QString &repository, const QString &digest, qint64 maxSize)
    : RegistryJob(client), m_repository(repository), m_digest(digest), m_maxSize(maxSize)
{
}

void BlobBytesJob::start()
{
    if (!isValidDigest(m_digest)) {
        QMetaObject::invokeMethod(this, [this] {
            finish(Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid sha256 digest.").arg(m_digest)));
        }, Qt::QueuedConnection);
        return;
    }
    RequestSpec spec;
    spec.path = RegistryClient::blobPath(m_repository, m_digest);
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.maxBodySize = m_maxSize;
    spec.context = {m_client->registry(), m_repository + u'@' + m_digest, {}};
    RegistryReply *reply = send(spec);
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        if (reply->error()) {
            finish(reply->error());
            return;
        }
        const QString computed = Sha256::digestOf(reply->body());
        if (computed != m_digest) {
            finish(Error::make(ErrorKind::Integrity, tr("The blob %1 of %2 arrived with the digest %3; it was not used.")
                                                         .arg(m_digest, m_repository, computed)));
            return;
        }
        m_bytes = reply->body();
        finish();
    });
}

} // namespace berth
