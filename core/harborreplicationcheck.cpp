// Checks made before a replication policy is sent: Harbor's cron grammar (robfig/cron with
// seconds, as Harbor's job service parses it) and the policy's own rules.
#include "harborreplicationtypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
struct CronField {
    int min;
    int max;
    QStringList names;   // index + min is the value (JAN=1, SUN=0)
    bool question;       // "?" allowed (days of month and week)
};

bool parseValue(const QString &text, const CronField &field, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok) {
        *value = n;
        return n >= field.min && n <= field.max;
    }
    const qsizetype index = field.names.indexOf(text.toUpper());
    if (index < 0)
        return false;
    *value = int(index) + field.min;
    return true;
}

// One comma-separated part: "*", "?", "a", "a-b", each optionally "/step".
bool validPart(const QString &part, const CronField &field)
{
    QString range = part;
    const qsizetype slash = part.indexOf(u'/');
    if (slash >= 0) {
        range = part.left(slash);
        bool ok = false;
        const int step = part.mid(slash + 1).toInt(&ok);
        if (!ok || step < 1 || step > field.max - field.min + 1)
            return false;
    }
    if (range == "*"_L1)
        return true;
    if (range == "?"_L1)
        return field.question && slash < 0;
    const QStringList bounds = range.split(u'-');
    if (bounds.size() > 2)
        return false;
    int low = 0, high = 0;
    if (!parseValue(bounds.first(), field, &low))
        return false;
    if (bounds.size() == 2 && (!parseValue(bounds.last(), field, &high) || high < low))
        return false;
    return true;
}
} // namespace

Error HarborCron::validate(const QString &expression)
{
    static const QStringList months{u"JAN"_s, u"FEB"_s, u"MAR"_s, u"APR"_s, u"MAY"_s, u"JUN"_s,
                                    u"JUL"_s, u"AUG"_s, u"SEP"_s, u"OCT"_s, u"NOV"_s, u"DEC"_s};
    static const QStringList days{u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s, u"FRI"_s, u"SAT"_s};
    const CronField fields[] = {
        {0, 59, {}, false}, {0, 59, {}, false}, {0, 23, {}, false},
        {1, 31, {}, true}, {1, 12, months, false}, {0, 6, days, true},
    };
    const QStringList parts = expression.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The schedule \"%1\" has %n field(s); Harbor's cron has 6: second, minute, hour, "
                              "day of month, month and day of week (e.g. \"0 0 2 * * *\").",
                              nullptr, int(parts.size()))
                               .arg(expression));
    for (int i = 0; i < 6; ++i) {
        const QStringList list = parts.at(i).split(u',');
        const bool ok = std::all_of(list.begin(), list.end(),
                                    [&](const QString &p) { return !p.isEmpty() && validPart(p, fields[i]); });
        if (ok)
            continue;
        const QString names[] = {tr("second"), tr("minute"), tr("hour"), tr("day of month"), tr("month"),
                                 tr("day of week")};
        return Error::make(ErrorKind::InvalidInput,
                           tr("The %1 field \"%2\" of the schedule \"%3\" is not valid: use *, a number from %4 "
                              "to %5, a range a-b, a list a,b or a step */n.")
                               .arg(names[i], parts.at(i), expression)
                               .arg(fields[i].min)
                               .arg(fields[i].max));
    }
    return {};
}

Error HarborReplicationPolicy::validate() const
{
    const auto invalid = [](const QString &message) { return Error::make(ErrorKind::InvalidInput, message); };
    if (name.trimmed().isEmpty())
        return invalid(tr("A replication rule needs a name."));
    if ((srcRegistryId != 0) == (destRegistryId != 0))
        return invalid(tr("A replication rule either pushes to an endpoint or pulls from one: choose exactly "
                          "one."));
    if (srcRegistryId < 0 || destRegistryId < 0)
        return invalid(tr("The endpoint of the replication rule is not valid."));
    if (trigger == HarborTrigger::EventBased && !isPush())
        return invalid(tr("Event-based replication works only when pushing to an endpoint."));
    if (trigger == HarborTrigger::Scheduled) {
        if (cron.trimmed().isEmpty())
            return invalid(tr("A scheduled replication rule needs a cron schedule."));
        if (const Error e = HarborCron::validate(cron))
            return e;
    }
    if (flatten < FlattenAll || flatten > 3)
        return invalid(tr("The flattening level must be -1 (all levels), 0 (none), 1, 2 or 3."));
    static const QRegularExpression badNamespace(u"[\\s:@]"_s);
    if (destNamespace.contains(badNamespace))
        return invalid(tr("The destination namespace \"%1\" is not valid.").arg(destNamespace));
    if (!resourceFilter.isEmpty() && resourceFilter != "image"_L1 && resourceFilter != "artifact"_L1)
        return invalid(tr("The resource filter must be image or artifact."));
    return {};
}

} // namespace berth
