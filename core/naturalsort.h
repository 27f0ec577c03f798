#pragma once
// Natural ordering for tags and names: "1.9" < "1.10", "v2" < "v10".

#include <QString>
#include <QStringList>

namespace berth {

// <0, 0, >0 like strcmp. Digit runs compare by numeric value (leading zeros break ties), other
// characters compare case-sensitively by code point after a case-insensitive comparison.
int naturalCompare(QStringView a, QStringView b);

void naturalSort(QStringList &list);

} // namespace berth
