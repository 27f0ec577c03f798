#pragma once
// Small helpers shared by the tests.

#include <QString>

namespace berth::test {

// The project's source folder (BERTH_SOURCE_DIR), for fixtures.
QString sourceDir();

} // namespace berth::test
