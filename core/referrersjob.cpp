#include "referrersjob.h"

#include "digest.h"
#include "linkheader.h"
#include "registryclient.h"
#include "registryreply.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int MaxPages = 1000;
}

ReferrersJob::ReferrersJob(RegistryClient *client, const QString &repository, const QString &digest,
                           const QString &artifactType)
    : RegistryJob(client), m_repository(repository), m_digest(digest), m_artifactType(artifactType)
{
}

QString ReferrersJob::fallbackTag(const QString &digest)
{
    if (!isValidDigest(digest))
        return {};
    return u"sha256-"_s + digest.mid(7);
}

void ReferrersJob::start()
{
    if (!isValidDigest(m_digest)) {
        QMetaObject::invokeMethod(this, [this] {
            finish(Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid sha256 digest.").arg(m_digest)));
        }, Qt::QueuedConnection);
        return;
    }
    QString path = u"/v2/"_s + m_repository + u"/referrers/"_s + m_digest;
    if (!m_artifactType.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"artifactType"_s, m_artifactType);
        path += u'?' + query.toString(QUrl::FullyEncoded);
    }
    requestPage({}, path);
}

void ReferrersJob::requestPage(const QUrl &url, const QString &path)
{
    RequestSpec spec;
    spec.url = url;
    spec.path = path;
    spec.headers = {{"Accept", QByteArray(MediaType::OciIndex)}};
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.maxBodySize = ManifestParser::MaxManifestSize;
    spec.context = {m_client->registry(), tr("the referrers of %1@%2").arg(m_repository, m_digest), {}};
    RegistryReply *reply = send(spec);
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        const Error &error = reply->error();
        // No referrers API (Distribution 2.8 answers 404 to the unknown route): the tag schema.
        // NAME_UNKNOWN is a real answer: the repository is not there.
        if (error && error.kind == ErrorKind::NotFound && error.code != u"NAME_UNKNOWN" && m_visited.isEmpty()) {
            requestFallback();
            return;
        }
        if (error) {
            finish(error);
            return;
        }
        m_visited.insert(reply->url().toString(QUrl::FullyEncoded));
        const bool applied = reply->header("OCI-Filters-Applied").split(',').contains("artifactType");
        if (!takeIndex(reply->body(), reply->header("Content-Type"), applied))
            return;
        const auto next = nextLink(reply->header("Link"), reply->url());
        if (!next || m_visited.contains(next->toString(QUrl::FullyEncoded)) || m_visited.size() >= MaxPages) {
            finish();
            return;
        }
        requestPage(*next, {});
    });
}

void ReferrersJob::requestFallback()
{
    m_fallback = true;
    RequestSpec spec;
    spec.path = RegistryClient::manifestPath(m_repository, fallbackTag(m_digest));
    spec.headers = {{"Accept", manifestAcceptHeader()}};
    spec.scopes = {Scope::repository(m_repository, {u"pull"_s})};
    spec.maxBodySize = ManifestParser::MaxManifestSize;
    spec.context = {m_client->registry(), m_repository + u':' + fallbackTag(m_digest), {}};
    RegistryReply *reply = send(spec);
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        const Error &error = reply->error();
        // No fallback tag: nothing refers to the manifest.
        if (error && error.kind == ErrorKind::NotFound && error.code != u"NAME_UNKNOWN") {
            finish();
            return;
        }
        if (error) {
            finish(error);
            return;
        }
        if (takeIndex(reply->body(), reply->header("Content-Type"), false))
            finish();
    });
}

bool ReferrersJob::takeIndex(const QByteArray &body, const QByteArray &contentType, bool filterApplied)
{
    Error error;
    const QString type = QString::fromLatin1(contentType.split(';').constFirst()).trimmed().toLower();
    const auto index = ManifestParser::parse(body, type, &error);
    if (!index || !index->isIndex()) {
        finish(Error::make(ErrorKind::Protocol, tr("%1 sent a malformed list of the referrers of %2@%3: %4")
                                                    .arg(m_client->registry(), m_repository, m_digest,
                                                         index ? tr("not an index") : error.message)));
        return false;
    }
    for (const Descriptor &d : index->manifests) {
        if (filterApplied || m_artifactType.isEmpty() || d.artifactType == m_artifactType)
            m_referrers.append(d);
    }
    return true;
}

} // namespace berth
