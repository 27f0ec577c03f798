#include "overviewtab.h"

#include "icons.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace berth {

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_pullLabel(new QLabel(this)), m_pull(new QLineEdit(this)),
      m_copy(new QPushButton(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_pull->setReadOnly(true);
    m_pull->setObjectName(QStringLiteral("pullCommand"));
    m_pull->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setIcon(icon(IconId::Copy));
    m_copy->setObjectName(QStringLiteral("copyPullCommand"));
    connect(m_copy, &QPushButton::clicked, this, [this] { emit copyRequested(m_pull->text()); });

    auto *pullRow = new QHBoxLayout;
    pullRow->addWidget(m_pullLabel);
    pullRow->addWidget(m_pull, 1);
    pullRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addLayout(pullRow);
    layout->addStretch(1);
    setPullCommand({});
    retranslateUi();
}

void OverviewTab::setRows(const QList<std::pair<QString, QString>> &rows)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const auto &[label, value] : rows) {
        auto *v = new QLabel(value, this);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        v->setObjectName(label);
        m_form->addRow(label, v);
    }
}

void OverviewTab::setPullCommand(const QString &command)
{
    m_pull->setText(command);
    m_pull->setCursorPosition(0);
    for (QWidget *w : {static_cast<QWidget *>(m_pullLabel), static_cast<QWidget *>(m_pull), static_cast<QWidget *>(m_copy)})
        w->setVisible(!command.isEmpty());
}

QString OverviewTab::pullCommand() const
{
    return m_pull->text();
}

QString OverviewTab::value(const QString &label) const
{
    const auto *v = findChild<QLabel *>(label, Qt::FindDirectChildrenOnly);
    return v ? v->text() : QString();
}

void OverviewTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewTab::retranslateUi()
{
    m_pullLabel->setText(tr("Pull command:"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the pull command to the clipboard"));
}

} // namespace berth
