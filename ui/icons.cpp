#include "icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be called from the global namespace; the resources live in a static library.
static void initBerthResources()
{
    Q_INIT_RESOURCE(berth);
}

namespace berth {

namespace {
struct IconSpec {
    QString themeName; // empty: always the bundled one (no freedesktop name fits)
    QString bundled;
};

IconSpec specFor(IconId id)
{
    switch (id) {
    case IconId::App: return {{}, u"berth"_s};
    case IconId::Registry: return {u"network-server"_s, u"registry"_s};
    case IconId::Folder: return {u"folder"_s, u"folder"_s};
    case IconId::Repository: return {u"package-x-generic"_s, u"repository"_s};
    case IconId::EmptyRepository: return {{}, u"empty"_s};
    case IconId::Tag: return {{}, u"tag"_s};
    case IconId::Index: return {{}, u"index"_s};
    case IconId::Platform: return {u"computer"_s, u"platform"_s};
    case IconId::Error: return {u"dialog-error"_s, u"error"_s};
    case IconId::Loading: return {u"content-loading"_s, u"loading"_s};
    case IconId::Add: return {u"list-add"_s, u"add"_s};
    case IconId::Refresh: return {u"view-refresh"_s, u"refresh"_s};
    case IconId::Pull: return {u"go-down"_s, u"pull"_s};
    case IconId::Push: return {u"go-up"_s, u"push"_s};
    case IconId::Copy: return {u"edit-copy"_s, u"copy"_s};
    case IconId::Delete: return {u"edit-delete"_s, u"delete"_s};
    case IconId::Find: return {u"edit-find"_s, u"find"_s};
    case IconId::Settings: return {u"preferences-system"_s, u"settings"_s};
    }
    return {};
}
} // namespace

QIcon icon(IconId id)
{
    static bool initialised = false;
    if (!initialised) {
        initBerthResources();
        initialised = true;
    }
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(id));
    if (it != cache.constEnd())
        return *it;
    const IconSpec spec = specFor(id);
    const QIcon fallback(u":/icons/"_s + spec.bundled + u".svg"_s);
    const QIcon result = spec.themeName.isEmpty() ? fallback : QIcon::fromTheme(spec.themeName, fallback);
    cache.insert(int(id), result);
    return result;
}

} // namespace berth
