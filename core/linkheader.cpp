#include "linkheader.h"

#include <QList>

namespace berth {

namespace {

struct Link {
    QByteArray target;
    QList<QByteArray> rels; // lowercased relation types
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// A parameter value: a quoted string (backslash escapes) or everything up to ';' or ','.
QByteArray readValue(const QByteArray &h, qsizetype &pos)
{
    QByteArray out;
    if (pos < h.size() && h.at(pos) == '"') {
        ++pos;
        while (pos < h.size()) {
            const char c = h.at(pos++);
            if (c == '"')
                break;
            if (c != '\\')
                out += c;
            else if (pos < h.size())
                out += h.at(pos++);
        }
        return out;
    }
    while (pos < h.size() && h.at(pos) != ';' && h.at(pos) != ',')
        out += h.at(pos++);
    return out.trimmed();
}

QList<Link> parseLinks(const QByteArray &h)
{
    QList<Link> links;
    qsizetype pos = 0;
    while (pos < h.size()) {
        while (pos < h.size() && (isSpace(h.at(pos)) || h.at(pos) == ','))
            ++pos;
        if (pos >= h.size())
            break;
        Link link;
        if (h.at(pos) == '<') {
            const qsizetype close = h.indexOf('>', pos + 1);
            const qsizetype end = close < 0 ? h.size() : close;
            link.target = h.mid(pos + 1, end - pos - 1).trimmed();
            pos = close < 0 ? h.size() : close + 1;
        } else {
            // Old servers omit the brackets: the target runs to the first ';'.
            qsizetype end = pos;
            while (end < h.size() && h.at(end) != ';' && h.at(end) != ',')
                ++end;
            link.target = h.mid(pos, end - pos).trimmed();
            pos = end;
        }
        while (pos < h.size() && h.at(pos) != ',') {
            if (h.at(pos) != ';') {
                ++pos; // stray characters between parameters
                continue;
            }
            ++pos;
            while (pos < h.size() && isSpace(h.at(pos)))
                ++pos;
            qsizetype nameEnd = pos;
            while (nameEnd < h.size() && h.at(nameEnd) != '=' && h.at(nameEnd) != ';' && h.at(nameEnd) != ',')
                ++nameEnd;
            const QByteArray name = h.mid(pos, nameEnd - pos).trimmed().toLower();
            pos = nameEnd;
            if (pos < h.size() && h.at(pos) == '=') {
                ++pos;
                while (pos < h.size() && isSpace(h.at(pos)))
                    ++pos;
                const QByteArray value = readValue(h, pos);
                if (name == "rel" && link.rels.isEmpty()) {
                    for (const QByteArray &rel : value.simplified().split(' '))
                        link.rels.append(rel.toLower());
                }
            }
        }
        links.append(link);
    }
    return links;
}

} // namespace

std::optional<QUrl> nextLink(const QByteArray &linkHeader, const QUrl &requestUrl)
{
    for (const Link &link : parseLinks(linkHeader)) {
        if (!link.rels.contains("next") || link.target.isEmpty())
            continue;
        // fromEncoded keeps the query's percent-encoding as the server sent it.
        const QUrl target = QUrl::fromEncoded(link.target, QUrl::TolerantMode);
        if (!target.isValid())
            continue;
        const QUrl resolved = requestUrl.resolved(target);
        if (resolved.isValid())
            return resolved;
    }
    return std::nullopt;
}

} // namespace berth
