#pragma once
// Which tags a clean-up deletes and which it keeps, and why: pure planning, no network.

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

struct TagInfo {
    QString tag;
    QString digest;     // empty: unknown (the tag could not be resolved)
    QDateTime created;  // invalid: unknown (no image config, or not fetched)
};

struct CleanupRules {
    enum class Order { Created, Version };
    enum class Syntax { Glob, Regex };

    int keepNewest = -1;          // keep the newest N candidates; < 0: rule off
    int keepYoungerThanDays = -1; // keep candidates created less than D days ago; < 0: rule off
    Order order = Order::Created; // what "newest" means: the config's created date, or natural version order
    QString pattern;              // only matching tags are candidates; empty: every tag
    Syntax syntax = Syntax::Glob; // glob: whole tag; regex: searched anywhere in the tag
};

struct CleanupDecision {
    enum class Reason { Delete, NotMatching, Newest, Young, SharesDigest, UnknownDate, UnknownDigest };

    QString tag;
    QString digest;
    QDateTime created;
    Reason reason = Reason::Delete;
    QString sharedWith; // SharesDigest: a kept tag on the same digest

    bool deletes() const { return reason == Reason::Delete; }
};

struct CleanupPlan {
    QList<CleanupDecision> decisions; // every tag, newest first in the chosen order
    QStringList digests;              // manifests to delete, each once, in decision order
    Error error;                      // invalid rules (kind InvalidInput); then nothing is planned

    QStringList deletedTags() const;
    QStringList keptTags() const;
};

class CleanupPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(CleanupPlanner)
public:
    // A tag is deleted only when it is a candidate, outside every keep rule, and no kept tag shares
    // its digest (deleting a digest takes every tag on it). Tags with an unknown digest, or with an
    // unknown date where a rule needs one, are kept. At least one keep rule must be on.
    static CleanupPlan plan(const QList<TagInfo> &tags, const CleanupRules &rules, const QDateTime &now);
    // The decision's reason for a person ("one of the newest 5", "shares sha256:… with 1.2").
    static QString reasonText(const CleanupDecision &decision, const CleanupRules &rules);
};

} // namespace berth
