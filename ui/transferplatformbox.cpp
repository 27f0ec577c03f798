#include "transferplatformbox.h"

#include "jobwatch.h"
#include "registryconnections.h"

#include "core/registryclient.h"
#include "core/registryjobs.h"

#include <QEvent>

namespace berth {

TransferPlatformBox::TransferPlatformBox(QWidget *parent) : QComboBox(parent)
{
    addItem(QString());
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateDefaultText();
}

void TransferPlatformBox::setDefault(Default mode)
{
    m_default = mode;
    updateDefaultText();
}

void TransferPlatformBox::load(RegistryConnections *connections, const QString &registry, const QString &repository,
                               const QString &reference)
{
    m_state = State::Loading;
    updateDefaultText();
    connections->withClient(registry, this, [this, repository, reference](RegistryClient *client) {
        ManifestJob *job = client->manifest(repository, reference);
        whenFinished(job, this, [this, job] {
            if (job->error()) {
                m_error = job->error().message;
                m_state = State::Failed;
                updateDefaultText();
                emit loaded();
                return;
            }
            QList<Platform> platforms;
            for (const Descriptor &d : job->manifest().manifests) {
                // Attestations and other artifacts in an index carry unknown/unknown.
                if (d.platform && d.platform->os != u"unknown" && !platforms.contains(*d.platform))
                    platforms << *d.platform;
            }
            setPlatforms(job->manifest().isIndex(), platforms);
        });
    });
}

void TransferPlatformBox::setPlatforms(bool index, const QList<Platform> &platforms)
{
    while (count() > 1)
        removeItem(1);
    m_state = index ? State::Index : State::Single;
    for (const Platform &p : platforms)
        addItem(p.toString(), p.toString());
    updateDefaultText();
    if (m_preselect)
        preselect(*m_preselect);
    emit loaded();
}

void TransferPlatformBox::preselect(const Platform &platform)
{
    m_preselect = platform;
    for (int i = 1; i < count(); ++i) {
        const auto p = Platform::parse(itemData(i).toString());
        if (p && p->matches(platform)) {
            setCurrentIndex(i);
            return;
        }
    }
}

std::optional<Platform> TransferPlatformBox::platform() const
{
    if (m_state != State::Index || currentIndex() <= 0)
        return std::nullopt;
    return Platform::parse(currentData().toString());
}

void TransferPlatformBox::updateDefaultText()
{
    QString text;
    switch (m_state) {
    case State::Loading:
        text = tr("Reading the platforms…");
        break;
    case State::Single:
        text = tr("The image has one platform");
        break;
    case State::Index:
    case State::Failed:
        text = m_default == Default::AllPlatforms ? tr("All platforms")
                                                   : tr("This computer's platform (%1)").arg(Platform::host().toString());
        break;
    }
    setItemText(0, text);
    setEnabled(m_state == State::Index);
    setToolTip(m_state == State::Failed ? tr("The platforms could not be read: %1").arg(m_error) : QString());
}

void TransferPlatformBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateDefaultText();
    QComboBox::changeEvent(event);
}

} // namespace berth
