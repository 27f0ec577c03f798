#include "syncrules.h"

#include "reference.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

QRegularExpression globExpression(QStringView glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            ++i;
            // "**/" also matches no folder at all, so "**/app" matches "app".
            if (i + 1 < glob.size() && glob.at(i + 1) == u'/') {
                ++i;
                pattern += u"(?:.*/)?"_s;
            } else {
                pattern += u".*"_s;
            }
        } else if (c == u'*') {
            pattern += u"[^/]*"_s;
        } else if (c == u'?') {
            pattern += u"[^/]"_s;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

bool anyMatches(const QString &globs, const QString &path)
{
    const QStringList list = SyncRules::splitGlobs(globs);
    for (const QString &glob : list) {
        if (SyncRules::globMatch(glob, path))
            return true;
    }
    return false;
}

} // namespace

std::optional<SyncEndpoint> SyncEndpoint::parse(QStringView text, Error *error)
{
    QString s = text.trimmed().toString();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (s.startsWith(scheme, Qt::CaseInsensitive))
            s.remove(0, scheme.size());
    }
    while (s.endsWith(u'/'))
        s.chop(1);
    const qsizetype slash = s.indexOf(u'/');
    const auto registry = ImageReference::parseRegistry(slash < 0 ? QStringView(s) : QStringView(s).left(slash), error);
    if (!registry)
        return std::nullopt;
    SyncEndpoint endpoint{*registry, slash < 0 ? QString() : s.mid(slash + 1)};
    if (!endpoint.prefix.isEmpty() && !ImageReference::isValidRepository(endpoint.prefix)) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput,
                                 tr("\"%1\" is not a repository path (lowercase letters, digits, '.', '_', '-' "
                                    "and '/' between names).")
                                     .arg(endpoint.prefix));
        return std::nullopt;
    }
    return endpoint;
}

QString SyncEndpoint::toString() const
{
    return prefix.isEmpty() ? registry : registry + u'/' + prefix;
}

QStringList SyncRules::splitGlobs(const QString &globs)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return globs.split(separators, Qt::SkipEmptyParts);
}

bool SyncRules::globMatch(QStringView glob, QStringView path)
{
    return globExpression(glob).match(path).hasMatch();
}

Error SyncRules::validate() const
{
    if (source.registry.isEmpty() || destination.registry.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("Choose a source and a destination registry."));
    if (source.registry.compare(destination.registry, Qt::CaseInsensitive) == 0 && source.prefix == destination.prefix)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The source and the destination are the same (%1).").arg(source.toString()));
    const QStringList globs = splitGlobs(include) + splitGlobs(exclude);
    for (const QString &glob : globs) {
        if (!globExpression(glob).isValid())
            return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a usable glob.").arg(glob));
    }
    if (!tags.isEmpty()) {
        const QRegularExpression re(tags);
        if (!re.isValid())
            return Error::make(ErrorKind::InvalidInput,
                               tr("The tag pattern \"%1\" is not a regular expression: %2.").arg(tags, re.errorString()));
    }
    return {};
}

std::optional<QString> SyncRules::relativePath(const QString &repository) const
{
    if (source.prefix.isEmpty())
        return repository;
    if (repository == source.prefix)
        return QString();
    if (repository.startsWith(source.prefix) && repository.at(source.prefix.size()) == u'/')
        return repository.mid(source.prefix.size() + 1);
    return std::nullopt;
}

bool SyncRules::includesRepository(const QString &repository) const
{
    const auto relative = relativePath(repository);
    if (!relative)
        return false;
    if (!splitGlobs(include).isEmpty() && !anyMatches(include, *relative))
        return false;
    return !anyMatches(exclude, *relative);
}

bool SyncRules::includesTag(const QString &tag) const
{
    if (tags.isEmpty())
        return true;
    return QRegularExpression(QRegularExpression::anchoredPattern(tags)).match(tag).hasMatch();
}

QString SyncRules::destinationRepository(const QString &repository) const
{
    const QString relative = relativePath(repository).value_or(repository);
    if (relative.isEmpty()) // the prefix itself: to the destination prefix, else its last name
        return destination.prefix.isEmpty() ? repository.section(u'/', -1) : destination.prefix;
    return destination.prefix.isEmpty() ? relative : destination.prefix + u'/' + relative;
}

QJsonObject SyncRules::toJson() const
{
    return {{u"name"_s, name},       {u"source"_s, source.toString()}, {u"destination"_s, destination.toString()},
            {u"include"_s, include}, {u"exclude"_s, exclude},          {u"tags"_s, tags}};
}

SyncRules SyncRules::fromJson(const QJsonObject &object)
{
    SyncRules rules;
    rules.name = object.value(u"name").toString();
    rules.source = SyncEndpoint::parse(object.value(u"source").toString()).value_or(SyncEndpoint{});
    rules.destination = SyncEndpoint::parse(object.value(u"destination").toString()).value_or(SyncEndpoint{});
    rules.include = object.value(u"include").toString();
    rules.exclude = object.value(u"exclude").toString();
    rules.tags = object.value(u"tags").toString();
    return rules;
}

} // namespace berth
