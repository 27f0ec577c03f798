#include "naturalsort.h"

#include <algorithm>

namespace berth {

namespace {

bool isDigit(QChar c)
{
    // ASCII only: other scripts' digits would compare by code point, not by value.
    return c >= u'0' && c <= u'9';
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    int tieBreak = 0; // first difference that only matters when all else is equal
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ai = i;
            qsizetype bj = j;
            while (ai < a.size() && isDigit(a[ai]))
                ++ai;
            while (bj < b.size() && isDigit(b[bj]))
                ++bj;
            const QStringView runA = a.mid(i, ai - i);
            const QStringView runB = b.mid(j, bj - j);
            qsizetype za = 0;
            qsizetype zb = 0;
            while (za + 1 < runA.size() && runA[za] == u'0')
                ++za;
            while (zb + 1 < runB.size() && runB[zb] == u'0')
                ++zb;
            const QStringView valueA = runA.mid(za);
            const QStringView valueB = runB.mid(zb);
            // By length, then digit by digit: runs of any length, no integer overflow.
            if (valueA.size() != valueB.size())
                return valueA.size() < valueB.size() ? -1 : 1;
            if (const int c = valueA.compare(valueB); c != 0)
                return sign(c);
            if (tieBreak == 0 && za != zb)
                tieBreak = za < zb ? -1 : 1; // fewer leading zeros first: "1" < "01"
            i = ai;
            j = bj;
            continue;
        }
        const QChar ca = a[i];
        const QChar cb = b[j];
        if (ca != cb) {
            const QChar fa = ca.toCaseFolded();
            const QChar fb = cb.toCaseFolded();
            if (fa != fb)
                return fa.unicode() < fb.unicode() ? -1 : 1;
            if (tieBreak == 0)
                tieBreak = ca.unicode() < cb.unicode() ? -1 : 1;
        }
        ++i;
        ++j;
    }
    const qsizetype restA = a.size() - i;
    const qsizetype restB = b.size() - j;
    if (restA != restB)
        return restA < restB ? -1 : 1;
    return tieBreak;
}

void naturalSort(QStringList &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const QString &x, const QString &y) { return naturalCompare(x, y) < 0; });
}

} // namespace berth
