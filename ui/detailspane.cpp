#include "detailspane.h"

#include "configview.h"
#include "detailstables.h"
#include "format.h"
#include "overviewtab.h"
#include "referrerstab.h"
#include "registrytreemodel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

DetailsPane::DetailsPane(RegistryConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_loader(new DetailsLoader(connections, this))
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_manifest(new QPlainTextEdit(this))
    , m_configPage(new QWidget(this))
    , m_configNote(new QLabel(m_configPage))
    , m_config(new ConfigView(m_configPage))
    , m_configRaw(new QPlainTextEdit(m_configPage))
    , m_layers(new DetailsTable(DetailsTable::Content::Layers, this))
    , m_platforms(new DetailsTable(DetailsTable::Content::Platforms, this))
    , m_referrers(new ReferrersTab(this))
{
    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A long reference must not widen the pane (and squeeze the tree): it is cut instead.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_manifest->setReadOnly(true);
    m_manifest->setObjectName(u"manifestText"_s);
    m_manifest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_manifest->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->setDocumentMode(true);
    // Artifacts that are not images: a line saying so above their media types and blobs, and their
    // config as it is when it is small.
    m_configNote->setObjectName(u"configNote"_s);
    m_configNote->setWordWrap(true);
    m_configNote->setTextFormat(Qt::PlainText);
    m_configRaw->setObjectName(u"rawConfig"_s);
    m_configRaw->setReadOnly(true);
    m_configRaw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_configRaw->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *configLayout = new QVBoxLayout(m_configPage);
    configLayout->setContentsMargins(0, 6, 0, 0);
    configLayout->addWidget(m_configNote);
    configLayout->addWidget(m_config, 2);
    configLayout->addWidget(m_configRaw, 1);
    for (QWidget *tab : std::initializer_list<QWidget *>{m_overview, m_manifest, m_configPage, m_layers, m_platforms,
                                                         m_referrers})
        m_tabs->addTab(tab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &OverviewTab::copyRequested, this, &DetailsPane::copyRequested);
    connect(m_loader, &DetailsLoader::loaded, this, [this](const ImageDetails &details) {
        m_details = details;
        m_mode = Mode::Manifest;
        render();
        emit detailsShown();
    });
    connect(m_loader, &DetailsLoader::referrersLoaded, this, [this](const ReferrerList &list) {
        m_referrers->setReferrers(list);
        m_tabs->setTabText(5, referrersTabText());
        emit referrersShown();
    });
    render();
}

void DetailsPane::showIndex(const QModelIndex &index)
{
    m_loader->cancel();
    m_details = {};
    m_referrers->clear();
    m_index = index;
    const auto kind = TreeNode::Kind(index.data(RegistryTreeModel::KindRole).toInt());
    if (!index.isValid() || (kind != TreeNode::Kind::Registry && kind != TreeNode::Kind::Repository
                             && kind != TreeNode::Kind::Tag && kind != TreeNode::Kind::Platform)) {
        m_mode = Mode::Nothing;
    } else if (kind == TreeNode::Kind::Registry) {
        m_mode = Mode::Registry;
    } else if (kind == TreeNode::Kind::Repository) {
        m_mode = Mode::Repository;
    } else {
        m_mode = Mode::Loading;
        m_referrers->setLoading();
        const QString reference = kind == TreeNode::Kind::Tag ? index.data(RegistryTreeModel::TagRole).toString()
                                                              : index.data(RegistryTreeModel::DigestRole).toString();
        m_loader->load(index.data(RegistryTreeModel::RegistryRole).toString(),
                       index.data(RegistryTreeModel::RepositoryRole).toString(), reference);
    }
    render();
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void DetailsPane::render()
{
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Manifest"));
    m_tabs->setTabText(2, tr("Config"));
    m_tabs->setTabText(3, tr("Layers"));
    m_tabs->setTabText(4, tr("Platforms"));
    m_tabs->setTabText(5, referrersTabText());
    const bool manifest = m_mode == Mode::Manifest && m_details.hasManifest();
    const bool index = manifest && m_details.manifest.isIndex();
    m_tabs->setTabVisible(1, manifest);
    m_tabs->setTabVisible(2, manifest && !index);
    m_tabs->setTabVisible(3, manifest && !index);
    m_tabs->setTabVisible(4, index);
    m_tabs->setTabVisible(5, manifest);
    m_overview->setPullCommand({});

    const QString reference = m_index.data(RegistryTreeModel::ReferenceRole).toString();
    switch (m_mode) {
    case Mode::Nothing:
        m_title->setText(tr("Nothing selected"));
        m_overview->setRows({{tr("Tip:"), tr("Select a registry, repository or tag to see its details. Add "
                                             "registries with Registry > Add Registry… (Ctrl+N).")}});
        break;
    case Mode::Registry:
        m_title->setText(reference);
        m_overview->setRows({{tr("Registry:"), reference},
                             {tr("Repositories loaded:"), QString::number(m_index.model()->rowCount(m_index))}});
        break;
    case Mode::Repository:
        m_title->setText(reference);
        m_overview->setRows({{tr("Repository:"), reference},
                             {tr("Tags:"), repositoryTagsText()}});
        m_overview->setPullCommand(Format::pullCommand(reference));
        break;
    case Mode::Loading:
        m_title->setText(reference);
        m_overview->setRows({{tr("Status:"), tr("Loading…")}});
        break;
    case Mode::Manifest:
        renderManifest();
        break;
    }
}

void DetailsPane::renderManifest()
{
    const bool byDigest = m_details.reference.startsWith(u"sha256:"_s);
    m_title->setText(byDigest ? m_details.registry + u'/' + m_details.repository + u'@'
                                    + Format::shortDigest(m_details.reference)
                              : m_details.fullReference());
    m_title->setToolTip(m_details.fullReference());
    if (m_details.error && !m_details.hasManifest()) {
        m_overview->setRows({{tr("Reference:"), m_details.fullReference()}, {tr("Error:"), m_details.error.message}});
        return;
    }
    m_overview->setRows(manifestRows());
    m_overview->setPullCommand(Format::pullCommand(m_details.fullReference()));
    m_manifest->setPlainText(Format::prettyJson(m_details.manifest.bytes));
    m_config->show(m_details);
    renderConfigNote();
    m_layers->show(m_details);
    m_platforms->show(m_details);
}

QString DetailsPane::referrersTabText() const
{
    if (m_referrers->state() == ReferrersTab::State::Loaded && m_referrers->count() > 0)
        return tr("Referrers (%1)").arg(m_referrers->count());
    return tr("Referrers");
}

void DetailsPane::renderConfigNote()
{
    const Manifest &m = m_details.manifest;
    const bool artifact = !m_details.isImageConfig();
    m_configNote->setVisible(artifact);
    m_configRaw->setVisible(artifact && !m_details.config.isEmpty());
    m_configRaw->setPlainText(artifact ? Format::prettyJson(m_details.config) : QString());
    if (!artifact)
        return;
    if (m.config.mediaType == QLatin1String(MediaType::OciEmpty))
        m_configNote->setText(tr("This artifact is not an image: its config is empty (%1). Its media types, "
                                 "annotations and blobs are below.").arg(m.config.mediaType));
    else if (m_details.config.isEmpty())
        m_configNote->setText(tr("This artifact is not an image: its config (%1, %2) is not an image config and "
                                 "too large to show here.").arg(m.config.mediaType, Format::size(m.config.size)));
    else
        m_configNote->setText(tr("This artifact is not an image: its config (%1) is not an image config. It is "
                                 "shown below as it is.").arg(m.config.mediaType));
}

QString DetailsPane::repositoryTagsText() const
{
    if (m_index.data(RegistryTreeModel::EmptyRole).toBool())
        return m_index.data(Qt::ToolTipRole).toString();
    const auto state = TreeNode::Fetch(m_index.data(RegistryTreeModel::FetchStateRole).toInt());
    if (state == TreeNode::Fetch::NotFetched)
        return tr("Expand the repository to list its tags.");
    if (state == TreeNode::Fetch::Fetching)
        return tr("Loading…");
    return QString::number(m_index.model()->rowCount(m_index));
}

QList<std::pair<QString, QString>> DetailsPane::manifestRows() const
{
    const Manifest &m = m_details.manifest;
    QList<std::pair<QString, QString>> rows{
        {tr("Reference:"), m_details.fullReference()},
        {tr("Digest:"), m.digest},
        {tr("Media type:"), Format::mediaType(m.mediaType)},
    };
    if (m.isIndex()) {
        QStringList platforms;
        for (const Descriptor &d : m.manifests)
            platforms << (d.platform ? d.platform->toString() : Format::shortDigest(d.digest));
        rows.append({tr("Manifests:"), tr("%n platform(s), %1 of manifests", nullptr, int(m.manifests.size()))
                                           .arg(Format::size(m.totalSize()))});
        rows.append({tr("Platforms:"), platforms.join(u", "_s)});
    } else {
        QStringList layerSizes;
        for (const Descriptor &d : m.layers)
            layerSizes << Format::size(d.size);
        rows.append({tr("Size:"), tr("%1 (%n layer(s))", nullptr, int(m.layers.size())).arg(Format::size(m.totalSize()))});
        rows.append({tr("Layer sizes:"), layerSizes.join(u", "_s)});
        const QJsonObject config =
            m_details.isImageConfig() ? QJsonDocument::fromJson(m_details.config).object() : QJsonObject();
        if (!config.isEmpty()) {
            rows.append({tr("Created:"), Format::date(config.value(u"created"_s).toString())});
            QStringList platform{config.value(u"os"_s).toString(), config.value(u"architecture"_s).toString(),
                                 config.value(u"variant"_s).toString()};
            platform.removeAll(QString());
            rows.append({tr("OS/Architecture:"), platform.join(u'/')});
            const QJsonObject labels = config.value(u"config"_s).toObject().value(u"Labels"_s).toObject();
            QStringList labelText;
            for (auto it = labels.begin(); it != labels.end(); ++it)
                labelText << it.key() + u'=' + it.value().toString();
            if (!labelText.isEmpty())
                rows.append({tr("Labels:"), labelText.join(u'\n')});
        } else if (!m.artifactType.isEmpty() || !m_details.isImageConfig()) {
            rows.append({tr("Artifact type:"), m.artifactType.isEmpty() ? m.config.mediaType : m.artifactType});
            rows.append({tr("Config media type:"), m.config.mediaType});
            QStringList blobTypes;
            for (const Descriptor &d : m.layers)
                blobTypes << d.mediaType;
            blobTypes.removeDuplicates();
            rows.append({tr("Blob media types:"), blobTypes.join(u'\n')});
        }
    }
    if (m.subject)
        rows.append({tr("Refers to:"), m_details.registry + u'/' + m_details.repository + u'@' + m.subject->digest});
    if (!m.annotations.isEmpty()) {
        QStringList annotations;
        for (auto it = m.annotations.begin(); it != m.annotations.end(); ++it)
            annotations << it.key() + u'=' + it.value();
        rows.append({tr("Annotations:"), annotations.join(u'\n')});
    }
    if (m_details.error)
        rows.append({tr("Error:"), m_details.error.message});
    return rows;
}

} // namespace berth
