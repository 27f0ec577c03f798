#pragma once
// Offers the registries of Docker's config.json for Berth's list: names and usernames only; the
// secrets stay where Docker keeps them and are read from there when a registry is used.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace berth {

class DockerConfig;
class RegistrySettings;

class ImportDockerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDockerDialog)
public:
    // config: loaded or not (loaded here); settings: where imported registries are added and saved.
    ImportDockerDialog(DockerConfig *config, RegistrySettings *settings, QWidget *parent = nullptr);

    // Registries that can be imported (not saved yet), in the order shown.
    QStringList candidates() const;
    void setChecked(const QString &registry, bool checked);
    QStringList imported() const { return m_imported; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();
    void updateButtons();

    DockerConfig *m_config;
    RegistrySettings *m_settings;
    QString m_loadError;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QStringList m_imported;
};

} // namespace berth
