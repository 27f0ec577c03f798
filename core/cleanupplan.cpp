#include "cleanupplan.h"

#include "naturalsort.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth {

QStringList CleanupPlan::deletedTags() const
{
    QStringList out;
    for (const CleanupDecision &d : decisions) {
        if (d.deletes())
            out << d.tag;
    }
    return out;
}

QStringList CleanupPlan::keptTags() const
{
    QStringList out;
    for (const CleanupDecision &d : decisions) {
        if (!d.deletes())
            out << d.tag;
    }
    return out;
}

CleanupPlan CleanupPlanner::plan(const QList<TagInfo> &tags, const CleanupRules &rules, const QDateTime &now)
{
    CleanupPlan plan;
    if (rules.keepNewest < 0 && rules.keepYoungerThanDays < 0) {
        plan.error = Error::make(ErrorKind::InvalidInput,
                                 tr("Say what to keep: the newest N tags, or the tags younger than D days."));
        return plan;
    }
    QRegularExpression pattern;
    if (!rules.pattern.isEmpty()) {
        pattern = rules.syntax == CleanupRules::Syntax::Glob ? QRegularExpression::fromWildcard(rules.pattern)
                                                              : QRegularExpression(rules.pattern);
        if (!pattern.isValid()) {
            plan.error = Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid pattern: %2")
                                                                  .arg(rules.pattern, pattern.errorString()));
            return plan;
        }
    }

    QList<TagInfo> sorted = tags;
    const bool byDate = rules.order == CleanupRules::Order::Created;
    std::stable_sort(sorted.begin(), sorted.end(), [byDate](const TagInfo &a, const TagInfo &b) {
        if (byDate && a.created != b.created) {
            if (!a.created.isValid() || !b.created.isValid())
                return a.created.isValid(); // unknown dates last
            return a.created > b.created;
        }
        return naturalCompare(a.tag, b.tag) > 0;
    });

    const QDateTime youngLimit = now.addDays(-qMax(0, rules.keepYoungerThanDays));
    int rank = 0;
    for (const TagInfo &t : std::as_const(sorted)) {
        CleanupDecision d{t.tag, t.digest, t.created, CleanupDecision::Reason::Delete, {}};
        if (!rules.pattern.isEmpty() && !pattern.match(t.tag).hasMatch()) {
            d.reason = CleanupDecision::Reason::NotMatching;
        } else if (t.digest.isEmpty()) {
            d.reason = CleanupDecision::Reason::UnknownDigest;
        } else {
            const bool needsDate = byDate || rules.keepYoungerThanDays >= 0;
            if (rules.keepNewest >= 0 && rank < rules.keepNewest && (!byDate || t.created.isValid()))
                d.reason = CleanupDecision::Reason::Newest;
            else if (rules.keepYoungerThanDays >= 0 && t.created.isValid() && t.created > youngLimit)
                d.reason = CleanupDecision::Reason::Young;
            else if (needsDate && !t.created.isValid())
                d.reason = CleanupDecision::Reason::UnknownDate;
            ++rank;
        }
        plan.decisions << d;
    }

    // Deleting a digest deletes every tag on it: a digest that any kept tag holds must stay.
    QHash<QString, QString> keptDigests; // digest -> a kept tag
    for (const CleanupDecision &d : std::as_const(plan.decisions)) {
        if (!d.deletes() && !d.digest.isEmpty() && !keptDigests.contains(d.digest))
            keptDigests.insert(d.digest, d.tag);
    }
    for (CleanupDecision &d : plan.decisions) {
        if (d.deletes() && keptDigests.contains(d.digest)) {
            d.reason = CleanupDecision::Reason::SharesDigest;
            d.sharedWith = keptDigests.value(d.digest);
        }
    }
    for (const CleanupDecision &d : std::as_const(plan.decisions)) {
        if (d.deletes() && !plan.digests.contains(d.digest))
            plan.digests << d.digest;
    }
    return plan;
}

QString CleanupPlanner::reasonText(const CleanupDecision &d, const CleanupRules &rules)
{
    switch (d.reason) {
    case CleanupDecision::Reason::Delete:
        return tr("deleted: outside the keep rules");
    case CleanupDecision::Reason::NotMatching:
        return tr("kept: does not match the pattern");
    case CleanupDecision::Reason::Newest:
        return rules.order == CleanupRules::Order::Created
            ? tr("kept: one of the %n newest by date", nullptr, rules.keepNewest)
            : tr("kept: one of the %n highest versions", nullptr, rules.keepNewest);
    case CleanupDecision::Reason::Young:
        return tr("kept: younger than %n day(s)", nullptr, rules.keepYoungerThanDays);
    case CleanupDecision::Reason::SharesDigest:
        return tr("kept: shares its manifest with the kept tag %1").arg(d.sharedWith);
    case CleanupDecision::Reason::UnknownDate:
        return tr("kept: creation date unknown");
    case CleanupDecision::Reason::UnknownDigest:
        return tr("kept: the tag could not be resolved");
    }
    return {};
}

} // namespace berth
