#include "registrysettings.h"

#include "configdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

QString normalized(const QString &registry)
{
    return registry.trimmed().toLower();
}

void putIfSet(QJsonObject &object, QStringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QJsonObject RegistryEntry::toJson() const
{
    // Written field by field on purpose: nothing secret can slip into the file.
    QJsonObject object{{u"registry"_s, registry}, {u"kind"_s, kindName(kind)}, {u"insecure"_s, insecure}};
    putIfSet(object, u"displayName", displayName);
    putIfSet(object, u"username", username);
    putIfSet(object, u"caFile", caFile);
    putIfSet(object, u"clientCertFile", clientCertFile);
    putIfSet(object, u"clientKeyFile", clientKeyFile);
    putIfSet(object, u"proxy", proxy);
    if (!pinnedCertificates.isEmpty())
        object.insert(u"pinnedCertificates", QJsonArray::fromStringList(pinnedCertificates));
    if (!extraRepositories.isEmpty())
        object.insert(u"extraRepositories", QJsonArray::fromStringList(extraRepositories));
    return object;
}

RegistryEntry RegistryEntry::fromJson(const QJsonObject &object)
{
    RegistryEntry entry;
    entry.registry = object.value(u"registry").toString().trimmed();
    entry.displayName = object.value(u"displayName").toString();
    entry.username = object.value(u"username").toString();
    entry.insecure = object.value(u"insecure").toBool();
    entry.caFile = object.value(u"caFile").toString();
    entry.clientCertFile = object.value(u"clientCertFile").toString();
    entry.clientKeyFile = object.value(u"clientKeyFile").toString();
    entry.proxy = object.value(u"proxy").toString();
    const QJsonArray pins = object.value(u"pinnedCertificates").toArray();
    for (const QJsonValue &value : pins) {
        const QString pin = value.toString().trimmed().toLower();
        if (!pin.isEmpty() && !entry.pinnedCertificates.contains(pin))
            entry.pinnedCertificates.append(pin);
    }
    entry.kind = kindFromName(object.value(u"kind").toString());
    const QJsonArray repositories = object.value(u"extraRepositories").toArray();
    for (const QJsonValue &value : repositories) {
        if (!value.toString().isEmpty())
            entry.extraRepositories.append(value.toString());
    }
    return entry;
}

QString RegistryEntry::kindName(RegistryKind kind)
{
    switch (kind) {
    case RegistryKind::Registry: return QStringLiteral("registry");
    case RegistryKind::Harbor: return QStringLiteral("harbor");
    case RegistryKind::Auto: break;
    }
    return QStringLiteral("auto");
}

RegistryKind RegistryEntry::kindFromName(const QString &name)
{
    if (name == u"registry")
        return RegistryKind::Registry;
    if (name == u"harbor")
        return RegistryKind::Harbor;
    return RegistryKind::Auto;
}

RegistrySettings::RegistrySettings(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_filePath(QDir(configDir(dir)).filePath(QStringLiteral("registries.json")))
{
}

bool RegistrySettings::load(Error *error)
{
    m_entries.clear();
    m_mirrors.clear();
    m_syncRules.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        emit changed();
        return true;
    }
    const QString name = QDir::toNativeSeparators(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::make(ErrorKind::Io, tr("Cannot read the saved registries %1: %2").arg(name, file.errorString()));
        emit changed();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray list = doc.object().value(u"registries").toArray();
    if (!doc.isObject()) {
        if (error) {
            *error = Error::make(ErrorKind::InvalidInput,
                                 tr("The saved registries %1 are damaged (%2). Fix or remove the file.")
                                     .arg(name, parseError.errorString()));
        }
        emit changed();
        return false;
    }
    const QJsonArray mirrors = doc.object().value(u"registryMirrors").toArray();
    for (const QJsonValue &value : mirrors) {
        if (!value.toString().trimmed().isEmpty())
            m_mirrors.append(value.toString().trimmed());
    }
    const QJsonArray rules = doc.object().value(u"syncRules").toArray();
    for (const QJsonValue &value : rules)
        m_syncRules.append(SyncRules::fromJson(value.toObject()));
    for (const QJsonValue &value : list) {
        const RegistryEntry entry = RegistryEntry::fromJson(value.toObject());
        if (!entry.registry.isEmpty() && indexOf(entry.registry) < 0)
            m_entries.append(entry);
    }
    emit changed();
    return true;
}

bool RegistrySettings::save(Error *error) const
{
    const QString name = QDir::toNativeSeparators(m_filePath);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        if (error)
            *error = Error::make(ErrorKind::Io, tr("Cannot create the folder for %1.").arg(name));
        return false;
    }
    QJsonArray list;
    for (const RegistryEntry &entry : m_entries)
        list.append(entry.toJson());
    QJsonObject root{{u"version"_s, 1}, {u"registries"_s, list}};
    if (!m_mirrors.isEmpty())
        root.insert(u"registryMirrors", QJsonArray::fromStringList(m_mirrors));
    if (!m_syncRules.isEmpty()) {
        QJsonArray rules;
        for (const SyncRules &rule : m_syncRules)
            rules.append(rule.toJson());
        root.insert(u"syncRules", rules);
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = Error::make(ErrorKind::Io, tr("Cannot save the registries to %1: %2").arg(name, file.errorString()));
        return false;
    }
    return true;
}

std::optional<RegistryEntry> RegistrySettings::find(const QString &registry) const
{
    const qsizetype index = indexOf(registry);
    if (index < 0)
        return std::nullopt;
    return m_entries.at(index);
}

bool RegistrySettings::add(const RegistryEntry &entry)
{
    if (entry.registry.trimmed().isEmpty() || indexOf(entry.registry) >= 0)
        return false;
    m_entries.append(entry);
    emit changed();
    return true;
}

bool RegistrySettings::update(const RegistryEntry &entry)
{
    const qsizetype index = indexOf(entry.registry);
    if (index < 0)
        return false;
    m_entries[index] = entry;
    emit changed();
    return true;
}

void RegistrySettings::addOrUpdate(const RegistryEntry &entry)
{
    if (!update(entry))
        add(entry);
}

bool RegistrySettings::remove(const QString &registry)
{
    const qsizetype index = indexOf(registry);
    if (index < 0)
        return false;
    m_entries.removeAt(index);
    emit changed();
    return true;
}

void RegistrySettings::setRegistryMirrors(const QStringList &mirrors)
{
    if (mirrors == m_mirrors)
        return;
    m_mirrors = mirrors;
    emit changed();
}

void RegistrySettings::setSyncRules(const QList<SyncRules> &rules)
{
    if (rules == m_syncRules)
        return;
    m_syncRules = rules;
    emit changed();
}

qsizetype RegistrySettings::indexOf(const QString &registry) const
{
    const QString wanted = normalized(registry);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (normalized(m_entries.at(i).registry) == wanted)
            return i;
    }
    return -1;
}

} // namespace berth
