#include "reference.h"

#include "digest.h"

using namespace Qt::StringLiterals;

namespace berth {

namespace {

constexpr qsizetype MaxNameLength = 255; // distribution's NameTotalLengthMax
constexpr qsizetype MaxTagLength = 128;

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z');
}

// path-component: [a-z0-9]+ ((\.|_|__|-+) [a-z0-9]+)*
bool isValidPathComponent(QStringView c)
{
    qsizetype i = 0;
    const qsizetype n = c.size();
    while (true) {
        const qsizetype start = i;
        while (i < n && isLowerAlnum(c[i]))
            ++i;
        if (i == start)
            return false; // empty run: leading, trailing or doubled separator
        if (i == n)
            return true;
        if (c[i] == u'.') {
            ++i;
        } else if (c[i] == u'_') {
            ++i;
            if (i < n && c[i] == u'_')
                ++i;
        } else if (c[i] == u'-') {
            while (i < n && c[i] == u'-')
                ++i;
        } else {
            return false;
        }
    }
}

// domain-component: [a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?
bool isValidDomainComponent(QStringView c)
{
    if (c.isEmpty() || !isAlnum(c.front()) || !isAlnum(c.back()))
        return false;
    for (QChar ch : c) {
        if (!isAlnum(ch) && ch != u'-')
            return false;
    }
    return true;
}

bool isValidPort(QStringView port)
{
    if (port.isEmpty() || port.size() > 5)
        return false;
    for (QChar ch : port) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    const int value = port.toInt();
    return value >= 1 && value <= 65535;
}

bool isValidIpv6Literal(QStringView inner)
{
    if (inner.size() < 2 || !inner.contains(u':'))
        return false;
    for (QChar ch : inner) {
        const bool hex = (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f') || (ch >= u'A' && ch <= u'F');
        if (!hex && ch != u':' && ch != u'.')
            return false;
    }
    return true;
}

// host[:port], host being dotted domain components or a bracketed IPv6 literal.
bool isValidRegistryHost(QStringView text)
{
    QStringView host = text;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || !isValidIpv6Literal(text.mid(1, close - 1)))
            return false;
        const QStringView rest = text.mid(close + 1);
        return rest.isEmpty() || (rest.startsWith(u':') && isValidPort(rest.mid(1)));
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0) {
        if (!isValidPort(text.mid(colon + 1)))
            return false;
        host = text.left(colon);
    }
    for (QStringView part : host.split(u'.')) {
        if (!isValidDomainComponent(part))
            return false;
    }
    return true;
}

QString normaliseRegistry(QStringView registry)
{
    // Host names are case-insensitive; one spelling keeps keychain keys and caches stable.
    const QString lower = registry.toString().toLower();
    if (lower == u"index.docker.io" || lower == u"registry-1.docker.io")
        return u"docker.io"_s;
    return lower;
}

void setError(Error *error, const QString &message)
{
    if (error)
        *error = Error::make(ErrorKind::InvalidInput, message);
}

} // namespace

bool ImageReference::isValidRepository(QStringView repository)
{
    if (repository.isEmpty() || repository.size() > MaxNameLength)
        return false;
    for (QStringView part : repository.split(u'/')) {
        if (!isValidPathComponent(part))
            return false;
    }
    return true;
}

bool ImageReference::isValidTag(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > MaxTagLength)
        return false;
    if (!isAlnum(tag.front()) && tag.front() != u'_')
        return false;
    for (QChar ch : tag) {
        if (!isAlnum(ch) && ch != u'_' && ch != u'.' && ch != u'-')
            return false;
    }
    return true;
}

std::optional<ImageReference> ImageReference::parse(QStringView text, Error *error, QStringView defaultTag)
{
    const QString shown = text.toString();
    if (text.trimmed().isEmpty()) {
        setError(error, tr("The image reference is empty; give one like registry.example.com/team/web:1.0."));
        return std::nullopt;
    }

    ImageReference ref;
    QStringView rest = text;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        const QStringView digest = rest.mid(at + 1);
        if (!digest.startsWith(u"sha256:") && digest.contains(u':')) {
            setError(error, tr("Unsupported digest algorithm in \"%1\": only sha256 digests are supported.").arg(shown));
            return std::nullopt;
        }
        if (!isValidDigest(digest)) {
            setError(error, tr("Invalid digest in \"%1\": a digest is \"sha256:\" followed by 64 lowercase hex digits.")
                                .arg(shown));
            return std::nullopt;
        }
        ref.digest = digest.toString();
        rest = rest.left(at);
    }

    // A tag is after the last ':' only if no '/' follows it; otherwise that ':' belongs to a port.
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon >= 0 && rest.indexOf(u'/', colon) < 0) {
        const QStringView tag = rest.mid(colon + 1);
        if (!isValidTag(tag)) {
            setError(error, tr("Invalid tag \"%1\" in \"%2\": a tag has 1 to 128 letters, digits, '_', '.' or '-' "
                               "and does not start with '.' or '-'.")
                                .arg(tag.toString(), shown));
            return std::nullopt;
        }
        ref.tag = tag.toString();
        rest = rest.left(colon);
    }

    if (rest.isEmpty()) {
        setError(error, tr("The image reference \"%1\" has no repository name.").arg(shown));
        return std::nullopt;
    }
    if (rest.size() > MaxNameLength) {
        setError(error, tr("The repository name in \"%1\" is longer than %2 characters.").arg(shown).arg(MaxNameLength));
        return std::nullopt;
    }

    const qsizetype slash = rest.indexOf(u'/');
    QStringView path = rest;
    if (slash >= 0) {
        const QStringView first = rest.left(slash);
        if (first.contains(u'.') || first.contains(u':') || first == u"localhost") {
            if (!isValidRegistryHost(first)) {
                setError(error, tr("Invalid registry \"%1\" in \"%2\": use host or host:port.").arg(first.toString(), shown));
                return std::nullopt;
            }
            ref.registry = normaliseRegistry(first);
            path = rest.mid(slash + 1);
        }
    }
    if (ref.registry.isEmpty())
        ref.registry = u"docker.io"_s;

    if (!isValidRepository(path)) {
        QString reason;
        if (path.toString().toLower() != path && isValidRepository(path.toString().toLower()))
            reason = tr("Invalid repository name in \"%1\": repository names must be lowercase.").arg(shown);
        else
            reason = tr("Invalid repository name in \"%1\": use lowercase letters and digits separated by '/', '.', '_', "
                        "'__' or '-'.")
                         .arg(shown);
        setError(error, reason);
        return std::nullopt;
    }
    ref.repository = path.toString();
    if (ref.registry == u"docker.io" && !ref.repository.contains(u'/'))
        ref.repository.prepend(u"library/"_s);

    if (ref.tag.isEmpty() && ref.digest.isEmpty() && !defaultTag.isEmpty())
        ref.tag = defaultTag.toString();
    return ref;
}

std::optional<QString> ImageReference::parseRegistry(QStringView text, Error *error)
{
    QStringView host = text.trimmed();
    for (QStringView scheme : {QStringView(u"https://"), QStringView(u"http://")}) {
        if (host.startsWith(scheme, Qt::CaseInsensitive)) {
            host = host.mid(scheme.size());
            break;
        }
    }
    if (host.endsWith(u'/'))
        host.chop(1);
    if (host.isEmpty()) {
        setError(error, tr("The registry is empty; give one like registry.example.com or localhost:5000."));
        return std::nullopt;
    }
    if (host.contains(u'/')) {
        setError(error, tr("Invalid registry \"%1\": give only host[:port], without a path.").arg(text.toString()));
        return std::nullopt;
    }
    if (!isValidRegistryHost(host)) {
        setError(error, tr("Invalid registry \"%1\": use host or host:port, e.g. registry.example.com:5000.")
                            .arg(text.toString()));
        return std::nullopt;
    }
    return normaliseRegistry(host);
}

std::optional<ImageReference> ImageReference::parseRepository(QStringView text, Error *error)
{
    auto ref = parse(text, error);
    if (ref && (!ref->tag.isEmpty() || !ref->digest.isEmpty())) {
        setError(error, tr("\"%1\" names an image, not a repository; leave out the tag and digest.").arg(text.toString()));
        return std::nullopt;
    }
    return ref;
}

QString ImageReference::toString() const
{
    QString s = name();
    if (!tag.isEmpty())
        s += u':' + tag;
    if (!digest.isEmpty())
        s += u'@' + digest;
    return s;
}

QString ImageReference::name() const
{
    return registry + u'/' + repository;
}

QString ImageReference::wireHostOf(const QString &registry)
{
    return registry == u"docker.io" ? u"registry-1.docker.io"_s : registry;
}

} // namespace berth
