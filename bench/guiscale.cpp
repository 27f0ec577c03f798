// berth-gui-scale REGISTRY: opens the registry tree (model + the window's sorting filter proxy,
// offscreen) on a registry, expands everything (catalog, every repository's tags) and prints
//   gui-scale: repos=… first_rows_ms=… all_rows_ms=… max_stall_ms=… rss_mib=…
// max_stall_ms: the largest gap between ticks of a 5 ms timer on the GUI thread.
#include "core/registryclient.h"
#include "core/registrysettings.h"
#include "ui/registryconnections.h"
#include "ui/registryfilterproxy.h"
#include "ui/registrytreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace berth;

namespace {
double statusMib(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: berth-gui-scale HOST:PORT [--view]\n");
        return 2;
    }
    QTemporaryDir config;
    RegistrySettings settings(config.path());
    RegistryConnections connections(&settings, nullptr);
    RegistryEntry entry;
    entry.registry = args.at(1);
    connections.addTemporary(entry);
    RegistryTreeModel model(&connections);
    model.setProbeTags(false); // HEAD per visible tag is a view matter, not what this measures
    RegistryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    std::unique_ptr<QTreeView> view;
    if (args.contains(u"--view"_s)) {
        view = std::make_unique<QTreeView>();
        view->setUniformRowHeights(true);
        view->setModel(&proxy);
        view->resize(400, 800);
        view->show();
    }

    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0, maxStall = 0, firstPage = -1, firstRows = -1, allRows = -1;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - lastTick);
        lastTick = now;
    });
    // The registry's client has a network manager of its own; the model gets the same client.
    connections.withClient(entry.registry, &app, [&](RegistryClient *client) {
        QObject::connect(client->networkAccessManager(), &QNetworkAccessManager::finished, &app, [&](QNetworkReply *r) {
            if (firstPage < 0 && r->url().path().endsWith(u"/_catalog"_s)
                && r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                firstPage = clock.elapsed();
        });
    });
    int outstanding = 0;
    // Expand everything: every row that can load children does, as a fully expanded view would.
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&](const QModelIndex &parent, int first, int last) {
        const auto kind = TreeNode::Kind(parent.data(RegistryTreeModel::KindRole).toInt());
        if (firstRows < 0 && firstPage >= 0 && (kind == TreeNode::Kind::Registry || kind == TreeNode::Kind::Folder))
            firstRows = clock.elapsed();
        // A new folder arrives with its repositories already inside: walk the inserted subtrees.
        std::vector<QModelIndex> stack;
        for (int r = first; r <= last; ++r)
            stack.push_back(model.index(r, 0, parent));
        while (!stack.empty()) {
            const QModelIndex idx = stack.back();
            stack.pop_back();
            const auto k = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
            if (k == TreeNode::Kind::Folder) {
                for (int r = 0; r < model.rowCount(idx); ++r)
                    stack.push_back(model.index(r, 0, idx));
            } else if (k == TreeNode::Kind::Repository && model.canFetchMore(idx)) {
                ++outstanding;
                model.fetchMore(idx);
            }
        }
    });
    bool catalogDone = false;
    QObject::connect(&model, &RegistryTreeModel::fetchFinished, &app, [&](const QModelIndex &idx) {
        const auto kind = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
        if (kind == TreeNode::Kind::Registry)
            catalogDone = true;
        else if (kind == TreeNode::Kind::Repository)
            --outstanding;
        if (catalogDone && outstanding == 0) {
            allRows = clock.elapsed();
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
        }
    });
    ticker.start(5);
    const QModelIndex reg = model.index(0, 0);
    model.fetchMore(reg);
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    app.exec();

    qint64 rows = 0;
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex p = stack.back();
        stack.pop_back();
        const int n = model.rowCount(p);
        rows += n;
        for (int r = 0; r < n; ++r)
            stack.push_back(model.index(r, 0, p));
    }
    std::fprintf(stderr, "gui-scale: rows=%lld proxy_sorted=%d peak_rss_mib=%.0f\n", rows,
                 proxy.rowCount(proxy.mapFromSource(reg)), statusMib("VmHWM:"));
    std::printf("gui-scale: repos=%d first_rows_ms=%lld all_rows_ms=%lld max_stall_ms=%lld rss_mib=%.0f\n",
                model.repositoryCount(reg), firstRows < 0 ? -1 : firstRows - firstPage, allRows, maxStall,
                statusMib("VmRSS:"));
    return allRows < 0 ? 1 : 0;
}
