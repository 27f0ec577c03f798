#include "harbordialogs.h"

#include "format.h"
#include "jobwatch.h"

#include "core/harborjobs.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

HarborProjectDialog::HarborProjectDialog(const QString &registry, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_public(new QCheckBox(tr("&Public: anyone may pull"), this)),
      m_limit(new QSpinBox(this)), m_registryId(new QSpinBox(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Harbor Project"));
    m_name->setObjectName(u"projectName"_s);
    m_name->setPlaceholderText(tr("lower case, e.g. team-web"));
    m_limit->setRange(0, 1024 * 1024);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setSuffix(tr(" GiB"));
    m_registryId->setRange(0, 1000000);
    m_registryId->setSpecialValueText(tr("None (a normal project)"));
    m_registryId->setToolTip(tr("The id of a registry endpoint configured in Harbor: the project then caches "
                                "images pulled from it."));
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    QPushButton *create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createButton"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Harbor:"), new QLabel(registry, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_status);
    form->addRow(QString(), m_public);
    form->addRow(tr("&Storage limit:"), m_limit);
    form->addRow(tr("Proxy cache of &endpoint:"), m_registryId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &HarborProjectDialog::validate);
    validate();
}

bool HarborProjectDialog::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]+(?:[._-][a-z0-9]+)*$"_s);
    return !name.isEmpty() && name.size() <= 255 && re.match(name).hasMatch();
}

HarborProjectSpec HarborProjectDialog::spec() const
{
    HarborProjectSpec s;
    s.name = m_name->text().trimmed();
    s.isPublic = m_public->isChecked();
    s.storageLimit = m_limit->value() > 0 ? qint64(m_limit->value()) * 1024 * 1024 * 1024 : -1;
    s.registryId = m_registryId->value();
    return s;
}

bool HarborProjectDialog::canAccept() const
{
    return isValidName(m_name->text().trimmed());
}

QString HarborProjectDialog::statusText() const
{
    return m_status->text();
}

void HarborProjectDialog::validate()
{
    const QString name = m_name->text().trimmed();
    m_status->setText(name.isEmpty() || isValidName(name)
                          ? QString()
                          : tr("Lower-case letters and digits, with single . _ or - between them."));
    m_status->setVisible(!m_status->text().isEmpty()); // no empty gap under the name
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!canAccept());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(canAccept());
    }
}

HarborProjectDetailsDialog::HarborProjectDetailsDialog(HarborClient *client, const HarborProject &project,
                                                       QWidget *parent)
    : QDialog(parent), m_quota(new QLabel(tr("Loading…"), this)), m_members(new QTreeWidget(this)),
      m_robots(new QTreeWidget(this))
{
    setWindowTitle(tr("Project %1").arg(project.name));
    m_quota->setObjectName(u"quota"_s);
    m_quota->setWordWrap(true);
    m_members->setHeaderLabels({tr("Member"), tr("Type"), tr("Role")});
    m_robots->setHeaderLabels({tr("Robot account"), tr("Description"), tr("State")});
    for (QTreeWidget *t : {m_members, m_robots}) {
        t->setRootIsDecorated(false);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_members, tr("Members"));
    tabs->addTab(m_robots, tr("Robot Accounts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(project.isPublic ? tr("Public project. To change members or robot accounts, use "
                                                       "Members… or Robot Accounts… on the project.")
                                                  : tr("Private project. To change members or robot accounts, use "
                                                       "Members… or Robot Accounts… on the project."),
                                 this));
    layout->addWidget(m_quota);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 400);

    auto failed = [](QTreeWidget *list, const QString &message) {
        auto *item = new QTreeWidgetItem(list, {message});
        item->setFirstColumnSpanned(true);
    };
    HarborRequest *summary = client->projectSummary(project.name);
    whenFinished(summary, this, [this, summary] {
        if (summary->error()) {
            m_quota->setText(summary->error().message);
        } else {
            const auto s = HarborProjectSummary::fromJson(QJsonDocument::fromJson(summary->body()).object());
            m_quota->setText(s.storageLimit > 0
                                 ? tr("Quota: %1 of %2 used (%3%). %n repositories.", nullptr, s.repoCount)
                                       .arg(Format::size(s.storageUsed), Format::size(s.storageLimit))
                                       .arg(s.storageUsed * 100 / s.storageLimit)
                                 : tr("Quota: %1 used, no limit. %n repositories.", nullptr, s.repoCount)
                                       .arg(Format::size(s.storageUsed)));
        }
        oneDone();
    });
    HarborListJob *members = client->members(project.id);
    whenFinished(members, this, [this, members, failed] {
        if (members->error())
            failed(m_members, members->error().message);
        for (const QJsonValue &v : members->items()) {
            const HarborMember m = HarborMember::fromJson(v.toObject());
            new QTreeWidgetItem(m_members, {m.name, m.type == u"g" ? tr("Group") : tr("User"), m.role});
        }
        oneDone();
    });
    HarborListJob *robots = client->robots(project.id);
    whenFinished(robots, this, [this, robots, failed] {
        if (robots->error())
            failed(m_robots, robots->error().message);
        for (const QJsonValue &v : robots->items()) {
            const HarborRobot r = HarborRobot::fromJson(v.toObject());
            const QString state = r.disabled ? tr("Disabled")
                                  : r.expiresAt < 0 ? tr("Never expires")
                                                    : tr("Expires %1").arg(QLocale().toString(
                                                          QDateTime::fromSecsSinceEpoch(r.expiresAt),
                                                          QLocale::ShortFormat));
            new QTreeWidgetItem(m_robots, {r.name, r.description, state});
        }
        oneDone();
    });
}

QString HarborProjectDetailsDialog::quotaText() const
{
    return m_quota->text();
}

void HarborProjectDetailsDialog::oneDone()
{
    if (--m_pending == 0)
        emit loaded();
}

} // namespace berth
