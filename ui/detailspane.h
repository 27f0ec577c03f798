#pragma once
// The right side of the window: what the selected tree item is, in tabs (Overview, Manifest,
// Config, Layers, Platforms, Referrers).

#include "detailsloader.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace berth {

class ConfigView;
class DetailsTable;
class OverviewTab;
class ReferrersTab;
class RegistryConnections;

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    explicit DetailsPane(RegistryConnections *connections, QWidget *parent = nullptr);

    // index: of RegistryTreeModel or a proxy on it; invalid clears the pane.
    void showIndex(const QModelIndex &index);
    const ImageDetails &details() const { return m_details; }
    OverviewTab *overview() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }
    ReferrersTab *referrers() const { return m_referrers; }
    QLabel *configNote() const { return m_configNote; }
    QPlainTextEdit *rawConfig() const { return m_configRaw; }

signals:
    void copyRequested(const QString &text);
    // A manifest (or its error) arrived for the current selection.
    void detailsShown();
    // The referrers of the current manifest arrived (or failed).
    void referrersShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Nothing, Registry, Repository, Loading, Manifest };
    void render();
    void renderManifest();
    void renderConfigNote();
    QString referrersTabText() const;
    QList<std::pair<QString, QString>> manifestRows() const;
    QString repositoryTagsText() const;

    RegistryConnections *m_connections;
    DetailsLoader *m_loader;
    QLabel *m_title;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    QPlainTextEdit *m_manifest;
    QWidget *m_configPage;
    QLabel *m_configNote;
    ConfigView *m_config;
    QPlainTextEdit *m_configRaw;
    DetailsTable *m_layers;
    DetailsTable *m_platforms;
    ReferrersTab *m_referrers;
    Mode m_mode = Mode::Nothing;
    QPersistentModelIndex m_index;
    ImageDetails m_details;
};

} // namespace berth
