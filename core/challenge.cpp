#include "challenge.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

// A cursor over one header value; every read stops at the end, so truncated input is safe.
class Lexer
{
public:
    explicit Lexer(const QByteArray &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void advance() { ++m_pos; }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTchar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // After the opening quote. An unterminated string yields what was there.
    QByteArray quoted()
    {
        QByteArray out;
        ++m_pos;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                break;
            if (c != '\\')
                out += c;
            else if (!atEnd())
                out += m_text.at(m_pos++);
        }
        return out;
    }
    // token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", ending the challenge.
    bool skipToken68()
    {
        qsizetype p = m_pos;
        while (p < m_text.size() && isToken68Char(m_text.at(p)))
            ++p;
        if (p == m_pos)
            return false;
        while (p < m_text.size() && m_text.at(p) == '=')
            ++p;
        qsizetype q = p;
        while (q < m_text.size() && (m_text.at(q) == ' ' || m_text.at(q) == '\t'))
            ++q;
        // "name=value" is a parameter, not a token68; "abc==" and "abc" alone are token68.
        if (q < m_text.size() && m_text.at(q) != ',')
            return false;
        m_pos = p;
        return true;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

void parseHeader(const QByteArray &value, QList<Challenge> &out)
{
    Lexer lex(value);
    std::optional<Challenge> current;
    while (true) {
        lex.skipSpaceAndCommas();
        if (lex.atEnd())
            break;
        const QByteArray name = lex.token();
        if (name.isEmpty()) {
            // Garbage: skip it, including a stray quoted string, and resynchronise.
            if (lex.peek() == '"')
                lex.quoted();
            else
                lex.advance();
            continue;
        }
        lex.skipSpace();
        if (lex.peek() == '=') {
            lex.advance();
            lex.skipSpace();
            const QByteArray v = lex.peek() == '"' ? lex.quoted() : lex.token();
            const QString key = QString::fromLatin1(name).toLower();
            if (current && !current->params.contains(key))
                current->params.insert(key, QString::fromUtf8(v));
            continue;
        }
        if (current)
            out.append(*current);
        current = Challenge{QString::fromLatin1(name).toLower(), {}};
        lex.skipToken68();
    }
    if (current)
        out.append(*current);
}

} // namespace

QList<Challenge> parseChallenges(const QList<QByteArray> &headerValues)
{
    QList<Challenge> out;
    for (const QByteArray &value : headerValues)
        parseHeader(value, out);
    return out;
}

std::optional<Challenge> preferredChallenge(const QList<Challenge> &challenges)
{
    for (const QString &scheme : {u"bearer"_s, u"basic"_s}) {
        for (const Challenge &c : challenges) {
            if (c.scheme == scheme)
                return c;
        }
    }
    return std::nullopt;
}

std::optional<Scope> Scope::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype first = text.indexOf(u':');
    const qsizetype last = text.lastIndexOf(u':');
    if (first <= 0 || last <= first + 1)
        return std::nullopt;
    Scope scope;
    scope.type = text.left(first).toString();
    scope.name = text.mid(first + 1, last - first - 1).toString();
    for (QStringView action : text.mid(last + 1).split(u',', Qt::SkipEmptyParts))
        scope.actions.append(action.trimmed().toString());
    return scope;
}

QList<Scope> Scope::parseList(QStringView text)
{
    QList<Scope> out;
    for (QStringView part : text.split(u' ', Qt::SkipEmptyParts)) {
        if (auto scope = parse(part))
            out.append(*scope);
    }
    return out;
}

QString Scope::toString() const
{
    return type + u':' + name + u':' + actions.join(u',');
}

QList<Scope> normaliseScopes(const QList<Scope> &scopes)
{
    QList<Scope> out;
    for (const Scope &s : scopes) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const Scope &o) { return o.type == s.type && o.name == s.name; });
        if (it == out.end()) {
            out.append(Scope{s.type, s.name, {}});
            it = out.end() - 1;
        }
        for (const QString &a : s.actions) {
            if (!it->actions.contains(a))
                it->actions.append(a);
        }
    }
    std::sort(out.begin(), out.end(), [](const Scope &a, const Scope &b) {
        return a.type != b.type ? a.type < b.type : a.name < b.name;
    });
    return out;
}

} // namespace berth
