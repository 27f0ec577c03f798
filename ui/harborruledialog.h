#pragma once
// One tag retention rule (which repositories and tags, and what to keep) or tag immutability rule
// (which repositories and tags may not be overwritten or deleted) of a Harbor project.

#include "core/harboradmintypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace berth {

class HarborRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborRuleDialog)
public:
    enum class Kind { Retention, Immutability };
    explicit HarborRuleDialog(Kind kind, QWidget *parent = nullptr);

    void setRetentionRule(const HarborRetentionRule &rule);
    HarborRetentionRule retentionRule() const;
    void setImmutableRule(const HarborImmutableRule &rule);
    HarborImmutableRule immutableRule() const;

    QLineEdit *repositoryPattern() const { return m_repoPattern; }
    QLineEdit *tagPattern() const { return m_tagPattern; }
    QComboBox *templateBox() const { return m_template; }
    QSpinBox *countBox() const { return m_count; }

    // A rule in one line, for the tables: "retain the 10 most recently pushed artifacts".
    static QString describe(const HarborRetentionRule &rule);
    static QString describeSelectors(const QList<HarborTagSelector> &selectors);

private:
    void setSelectors(const QList<HarborTagSelector> &repositories, const QList<HarborTagSelector> &tags);
    QList<HarborTagSelector> repositorySelectors() const;
    QList<HarborTagSelector> tagSelectors() const;
    void templateChanged();

    Kind m_kind;
    QComboBox *m_repoMatch;
    QLineEdit *m_repoPattern;
    QComboBox *m_tagMatch;
    QLineEdit *m_tagPattern;
    QCheckBox *m_untagged = nullptr;
    QComboBox *m_template = nullptr;
    QSpinBox *m_count = nullptr;
    HarborRetentionRule m_retention;
    HarborImmutableRule m_immutable;
};

} // namespace berth
