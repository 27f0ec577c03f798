#pragma once
// The platform choice of the pull and copy dialogs: the default (all platforms, or this
// computer's) and, once the manifest has arrived, every platform of an index.

#include "core/manifest.h"

#include <QComboBox>

#include <optional>

namespace berth {

class RegistryConnections;

class TransferPlatformBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPlatformBox)
public:
    enum class Default { AllPlatforms, HostPlatform };

    explicit TransferPlatformBox(QWidget *parent = nullptr);

    void setDefault(Default mode);
    // Reads the manifest behind reference (on the GUI thread's client: a small asynchronous GET).
    void load(RegistryConnections *connections, const QString &registry, const QString &repository,
              const QString &reference);
    // Fills the list without asking the registry (tests, or a caller that knows the index).
    void setPlatforms(bool index, const QList<Platform> &platforms);
    // Selected as soon as the list has it.
    void preselect(const Platform &platform);
    // nullopt: the default.
    std::optional<Platform> platform() const;
    bool isLoaded() const { return m_state != State::Loading; }
    bool isIndex() const { return m_state == State::Index; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Loading, Index, Single, Failed };
    void updateDefaultText();

    Default m_default = Default::AllPlatforms;
    State m_state = State::Loading;
    std::optional<Platform> m_preselect;
    QString m_error;
};

} // namespace berth
