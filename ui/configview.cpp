#include "configview.h"

#include "detailsloader.h"
#include "format.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString joined(const QJsonValue &v)
{
    QStringList parts;
    for (const QJsonValue &p : v.toArray())
        parts << p.toString();
    return parts.join(u' ');
}
} // namespace

ConfigView::ConfigView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setRootIsDecorated(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QTreeWidgetItem *ConfigView::section(const QString &title, const QString &value)
{
    auto *item = new QTreeWidgetItem(this, {title, value});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void ConfigView::show(const ImageDetails &details)
{
    clear();
    setHeaderLabels({tr("Field"), tr("Value")});
    if (!details.hasManifest())
        return;
    if (details.isImageConfig() && !details.config.isEmpty())
        showImage(details);
    else
        showArtifact(details);
    expandAll();
}

void ConfigView::showImage(const ImageDetails &details)
{
    const QJsonObject root = QJsonDocument::fromJson(details.config).object();
    const QJsonObject c = root.value(u"config"_s).toObject();
    section(tr("Created"), Format::date(root.value(u"created"_s).toString()));
    QStringList platform{root.value(u"os"_s).toString(), root.value(u"architecture"_s).toString(),
                         root.value(u"variant"_s).toString()};
    platform.removeAll(QString());
    section(tr("Platform"), platform.join(u'/'));
    // Only what the image sets: an empty entrypoint or user says nothing.
    const QList<std::pair<QString, QString>> optional{
        {tr("Entrypoint"), joined(c.value(u"Entrypoint"_s))},
        {tr("Command"), joined(c.value(u"Cmd"_s))},
        {tr("Working directory"), c.value(u"WorkingDir"_s).toString()},
        {tr("User"), c.value(u"User"_s).toString()},
    };
    for (const auto &[title, value] : optional) {
        if (!value.isEmpty())
            section(title, value);
    }
    QTreeWidgetItem *env = section(tr("Environment"), tr("%n variable(s)", nullptr, int(c.value(u"Env"_s).toArray().size())));
    for (const QJsonValue &e : c.value(u"Env"_s).toArray()) {
        const QString s = e.toString();
        const qsizetype eq = s.indexOf(u'=');
        new QTreeWidgetItem(env, {s.left(eq), eq < 0 ? QString() : s.mid(eq + 1)});
    }
    const QJsonObject labels = c.value(u"Labels"_s).toObject();
    QTreeWidgetItem *lab = section(tr("Labels"), tr("%n label(s)", nullptr, int(labels.size())));
    for (auto it = labels.begin(); it != labels.end(); ++it)
        new QTreeWidgetItem(lab, {it.key(), it.value().toString()});
    const QJsonArray history = root.value(u"history"_s).toArray();
    QTreeWidgetItem *hist = section(tr("History"), tr("%n step(s)", nullptr, int(history.size())));
    for (const QJsonValue &h : history) {
        const QJsonObject o = h.toObject();
        QString step = o.value(u"created_by"_s).toString();
        if (o.value(u"empty_layer"_s).toBool())
            step = tr("%1 (no layer)").arg(step);
        auto *item = new QTreeWidgetItem(hist, {Format::date(o.value(u"created"_s).toString()), step});
        item->setToolTip(1, step);
    }
}

void ConfigView::showArtifact(const ImageDetails &details)
{
    const Manifest &m = details.manifest;
    section(tr("Manifest media type"), Format::mediaType(m.mediaType));
    if (!m.artifactType.isEmpty())
        section(tr("Artifact type"), m.artifactType);
    if (!m.isIndex())
        section(tr("Config media type"), m.config.mediaType);
    if (m.subject)
        section(tr("Subject"), m.subject->digest);
    QTreeWidgetItem *ann = section(tr("Annotations"), tr("%n annotation(s)", nullptr, int(m.annotations.size())));
    for (auto it = m.annotations.begin(); it != m.annotations.end(); ++it)
        new QTreeWidgetItem(ann, {it.key(), it.value()});
    const QList<Descriptor> &blobs = m.isIndex() ? m.manifests : m.layers;
    QTreeWidgetItem *list = section(tr("Blobs"), tr("%n blob(s)", nullptr, int(blobs.size())));
    for (const Descriptor &d : blobs) {
        const QString title = d.annotations.value(u"org.opencontainers.image.title"_s, Format::shortDigest(d.digest));
        auto *item = new QTreeWidgetItem(list, {title, tr("%1, %2").arg(d.mediaType, Format::size(d.size))});
        item->setToolTip(0, d.digest);
    }
}

} // namespace berth
