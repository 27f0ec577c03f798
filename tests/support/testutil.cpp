#include "testutil.h"

#include <QtGlobal>

namespace berth::test {

QString sourceDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR");
}

} // namespace berth::test
