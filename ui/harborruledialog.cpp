#include "harborruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
// Harbor's retention templates that take a number (the params key is the template id).
const QStringList kTemplates{u"latestPushedK"_s, u"latestPulledN"_s, u"nDaysSinceLastPush"_s,
                             u"nDaysSinceLastPull"_s, u"always"_s};
} // namespace

HarborRuleDialog::HarborRuleDialog(Kind kind, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_repoMatch(new QComboBox(this)), m_repoPattern(new QLineEdit(u"**"_s, this)),
      m_tagMatch(new QComboBox(this)), m_tagPattern(new QLineEdit(u"**"_s, this))
{
    setWindowTitle(kind == Kind::Retention ? tr("Tag Retention Rule") : tr("Tag Immutability Rule"));
    m_repoPattern->setObjectName(u"rulesRepositoryPattern"_s);
    m_tagPattern->setObjectName(u"rulesTagPattern"_s);
    m_repoMatch->addItem(tr("matching"), u"repoMatches"_s);
    m_repoMatch->addItem(tr("excluding"), u"repoExcludes"_s);
    m_tagMatch->addItem(tr("matching"), u"matches"_s);
    m_tagMatch->addItem(tr("excluding"), u"excludes"_s);
    const QString patterns = tr("Patterns: ** for all, * within one level, {a,b} for either; e.g. team/** or v1.*");
    m_repoPattern->setToolTip(patterns);
    m_tagPattern->setToolTip(patterns);
    auto *repoRow = new QHBoxLayout;
    repoRow->addWidget(m_repoMatch);
    repoRow->addWidget(m_repoPattern, 1);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagMatch);
    tagRow->addWidget(m_tagPattern, 1);
    auto *form = new QFormLayout;
    // A label naming a row of several widgets needs its buddy set, or the & shows.
    auto *repoLabel = new QLabel(tr("For &repositories:"), this);
    repoLabel->setBuddy(m_repoPattern);
    form->addRow(repoLabel, repoRow);
    if (kind == Kind::Retention) {
        m_template = new QComboBox(this);
        m_template->setObjectName(u"rulesTemplate"_s);
        m_template->addItem(tr("retain the most recently pushed # artifacts"), kTemplates.at(0));
        m_template->addItem(tr("retain the most recently pulled # artifacts"), kTemplates.at(1));
        m_template->addItem(tr("retain the artifacts pushed within the last # days"), kTemplates.at(2));
        m_template->addItem(tr("retain the artifacts pulled within the last # days"), kTemplates.at(3));
        m_template->addItem(tr("retain always"), kTemplates.at(4));
        m_count = new QSpinBox(this);
        m_count->setObjectName(u"rulesCount"_s);
        m_count->setRange(1, 100000);
        m_count->setValue(10);
        m_untagged = new QCheckBox(tr("Include &untagged artifacts"), this);
        form->addRow(tr("&Keep:"), m_template);
        form->addRow(tr("#:"), m_count);
        connect(m_template, &QComboBox::currentIndexChanged, this, &HarborRuleDialog::templateChanged);
    }
    auto *tagLabel = new QLabel(tr("For &tags:"), this);
    tagLabel->setBuddy(m_tagPattern);
    form->addRow(tagLabel, tagRow);
    if (m_untagged)
        form->addRow(QString(), m_untagged);
    auto *note = new QLabel(kind == Kind::Retention
                                ? tr("Artifacts that no rule retains are deleted when retention runs. Try a dry "
                                     "run first.")
                                : tr("Tags matching the rule cannot be pushed over or deleted, until the rule "
                                     "is removed or disabled."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ruleOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_repoPattern->text().trimmed().isEmpty()
                                                          && !m_tagPattern->text().trimmed().isEmpty());
    };
    connect(m_repoPattern, &QLineEdit::textChanged, this, validate);
    connect(m_tagPattern, &QLineEdit::textChanged, this, validate);
}

void HarborRuleDialog::templateChanged()
{
    m_count->setEnabled(m_template->currentData().toString() != u"always");
}

void HarborRuleDialog::setSelectors(const QList<HarborTagSelector> &repositories, const QList<HarborTagSelector> &tags)
{
    if (!repositories.isEmpty()) {
        m_repoMatch->setCurrentIndex(qMax(0, m_repoMatch->findData(repositories.first().decoration)));
        m_repoPattern->setText(repositories.first().pattern);
    }
    if (!tags.isEmpty()) {
        m_tagMatch->setCurrentIndex(qMax(0, m_tagMatch->findData(tags.first().decoration)));
        m_tagPattern->setText(tags.first().pattern);
        if (m_untagged)
            m_untagged->setChecked(QJsonDocument::fromJson(tags.first().extras.toUtf8())
                                       .object().value(u"untagged"_s).toBool());
    }
}

QList<HarborTagSelector> HarborRuleDialog::repositorySelectors() const
{
    HarborTagSelector s;
    s.decoration = m_repoMatch->currentData().toString();
    s.pattern = m_repoPattern->text().trimmed();
    return {s};
}

QList<HarborTagSelector> HarborRuleDialog::tagSelectors() const
{
    HarborTagSelector s;
    s.decoration = m_tagMatch->currentData().toString();
    s.pattern = m_tagPattern->text().trimmed();
    if (m_untagged)
        s.extras = m_untagged->isChecked() ? u"{\"untagged\":true}"_s : u"{\"untagged\":false}"_s;
    return {s};
}

void HarborRuleDialog::setRetentionRule(const HarborRetentionRule &rule)
{
    m_retention = rule;
    setSelectors(rule.repositorySelectors, rule.tagSelectors);
    m_template->setCurrentIndex(qMax(0, m_template->findData(rule.templateId)));
    const QJsonValue n = rule.params.value(rule.templateId);
    if (n.isDouble())
        m_count->setValue(n.toInt());
    templateChanged();
}

HarborRetentionRule HarborRuleDialog::retentionRule() const
{
    HarborRetentionRule r = m_retention;
    r.action = u"retain"_s;
    r.templateId = m_template->currentData().toString();
    r.params = r.templateId == u"always" ? QJsonObject() : QJsonObject{{r.templateId, m_count->value()}};
    r.repositorySelectors = repositorySelectors();
    r.tagSelectors = tagSelectors();
    return r;
}

void HarborRuleDialog::setImmutableRule(const HarborImmutableRule &rule)
{
    m_immutable = rule;
    setSelectors(rule.repositorySelectors, rule.tagSelectors);
}

HarborImmutableRule HarborRuleDialog::immutableRule() const
{
    HarborImmutableRule r = m_immutable;
    r.repositorySelectors = repositorySelectors();
    r.tagSelectors = tagSelectors();
    return r;
}

QString HarborRuleDialog::describe(const HarborRetentionRule &rule)
{
    const int n = rule.params.value(rule.templateId).toInt();
    if (rule.templateId == u"latestPushedK")
        return tr("retain the %n most recently pushed", nullptr, n);
    if (rule.templateId == u"latestPulledN")
        return tr("retain the %n most recently pulled", nullptr, n);
    if (rule.templateId == u"nDaysSinceLastPush")
        return tr("retain those pushed within %n days", nullptr, n);
    if (rule.templateId == u"nDaysSinceLastPull")
        return tr("retain those pulled within %n days", nullptr, n);
    if (rule.templateId == u"always")
        return tr("retain always");
    return rule.templateId;
}

QString HarborRuleDialog::describeSelectors(const QList<HarborTagSelector> &selectors)
{
    QStringList parts;
    for (const HarborTagSelector &s : selectors) {
        const bool excludes = s.decoration.contains(u"xcludes"_s);
        QString part = excludes ? tr("excluding %1").arg(s.pattern) : s.pattern;
        if (QJsonDocument::fromJson(s.extras.toUtf8()).object().value(u"untagged"_s).toBool())
            part += tr(" (and untagged)");
        parts << part;
    }
    return parts.isEmpty() ? u"**"_s : parts.join(u", "_s);
}

} // namespace berth
