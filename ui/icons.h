#pragma once
// Icons from the freedesktop theme, with the bundled SVGs (resources/icons) where the theme has none.

#include <QIcon>

namespace berth {

enum class IconId {
    App, Registry, Folder, Repository, EmptyRepository, Tag, Index, Platform, Error, Loading,
    Add, Refresh, Pull, Push, Copy, Delete, Find, Settings,
};

QIcon icon(IconId id);

} // namespace berth
