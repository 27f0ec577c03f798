#pragma once
// One node of the registry tree: a registry, namespace folder, repository, tag, platform manifest,
// or one of the placeholder rows (loading, error, a note such as "no tags").

#include "core/manifest.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace berth {

class Job;
struct HarborNodeData;

struct TreeNode {
    enum class Kind { Root, Registry, Folder, Repository, Tag, Platform, Loading, Error, Note, HarborProject,
                      HarborArtifact };
    enum class Fetch { NotFetched, Fetching, Fetched, Failed };

    Kind kind = Kind::Root;
    QString name;        // the label's text: a path segment, a tag, a platform
    QString registry;
    QString repository;  // full name (Repository, Tag, Platform); the prefix for a Folder ("team/web")
    QString tag;         // Tag
    QString digest;      // Platform; a Tag once resolved
    QString mediaType;   // Tag once resolved; Platform
    Platform platform;   // Platform
    QString message;     // Error: the error text
    Fetch fetch = Fetch::NotFetched;
    bool empty = false;  // a Repository without tags
    bool probing = false;
    bool catalogRefused = false; // Registry: the catalog answered 401/403/404 (Docker Hub, GHCR, Harbor non-admin)
    bool stopped = false;        // Registry: the listing was stopped before its end
    quint32 generation = 0; // bumped on refresh: answers for an older fetch are dropped
    QPointer<Job> job;   // the running fetch
    std::shared_ptr<HarborNodeData> harbor; // set: a node of a Harbor's own tree (registrytreemodel_harbor.cpp)

    TreeNode *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<TreeNode>> children;
    QHash<QString, TreeNode *> folders; // Registry, Folder: child folders by segment
    QSet<QString> repositories;         // Registry: every repository inserted (catalog and added by name)

    bool isPlaceholder() const { return kind == Kind::Loading || kind == Kind::Error || kind == Kind::Note; }
    bool isIndexTag() const { return kind == Kind::Tag && isIndexMediaType(mediaType); }
    // Reference text for copy actions: host/repo:tag, host/repo@digest, host/repo, host.
    QString reference() const
    {
        switch (kind) {
        case Kind::Registry: return registry;
        case Kind::Repository: return registry + u'/' + repository;
        case Kind::Tag: return registry + u'/' + repository + u':' + tag;
        case Kind::Platform: return registry + u'/' + repository + u'@' + digest;
        default: return {};
        }
    }
    TreeNode *registryNode()
    {
        TreeNode *n = this;
        while (n && n->kind != Kind::Registry)
            n = n->parent;
        return n;
    }
};

} // namespace berth
