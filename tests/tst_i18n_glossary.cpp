// Every English term of translations/GLOSSARY.md that a source string uses is rendered with the
// glossary's Chinese term, so the same thing has the same name everywhere (registry is 镜像仓库,
// repository 仓库, tag 标签, ...). Exceptions are listed in the glossary itself.

#include "i18n/tsfile.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using berth::test::TsMessage;

namespace {

struct Term {
    QString english;
    QString chinese;
    QRegularExpression pattern;
};

struct Exception {
    QString term;
    QString sourceStart;
};

QStringList cells(const QString &line)
{
    QStringList parts = line.split(u'|');
    if (parts.size() < 3)
        return {};
    parts = parts.mid(1, parts.size() - 2);
    for (QString &p : parts)
        p = p.trimmed();
    return parts;
}

QRegularExpression patternFor(const QString &english)
{
    // Plurals too: tag -> tags, registry -> registries, credentials stays.
    QString stem = QRegularExpression::escape(english);
    QString plural = english.endsWith(u'y') ? QRegularExpression::escape(english.chopped(1)) + u"ies"_s
                                            : stem + u"(?:s|es)"_s;
    return QRegularExpression(u"\\b(?:"_s + stem + u'|' + plural + u")\\b"_s,
                              QRegularExpression::CaseInsensitiveOption);
}

// The source with what is not prose removed: options, quoted names, dotted and hyphenated names,
// CAPITALISED placeholders, accelerators and HTML tags.
QString prose(const QString &source)
{
    static const QList<QRegularExpression> strip{
        QRegularExpression(u"<[^>]+>"_s),
        QRegularExpression(u"--?[A-Za-z][\\w-]*"_s),
        QRegularExpression(u"\"[^\"\\n]*\""_s),
        QRegularExpression(u"\\b[\\w-]+(?:\\.[\\w-]+)+\\b"_s),
        QRegularExpression(u"\\b\\w+(?:-\\w+)+\\b"_s),
        QRegularExpression(u"\\b[A-Z][A-Z_]+\\b"_s),
    };
    QString text = source;
    text.remove(QRegularExpression(u"&(?=\\w)"_s));
    for (const QRegularExpression &re : strip)
        text.replace(re, u" "_s);
    return text;
}

} // namespace

class TestI18nGlossary : public QObject
{
    Q_OBJECT

    QList<Term> m_terms;
    QList<Exception> m_exceptions;

private slots:
    void initTestCase()
    {
        QFile file(QDir(berth::test::sourceDir()).filePath(u"translations/GLOSSARY.md"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
        QString section;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"## "_s)) {
                section = line.mid(3).trimmed();
                continue;
            }
            const QStringList c = cells(line);
            if (c.size() < 2 || c.at(0).startsWith(u"---"_s) || c.at(0) == u"English" || c.at(0) == u"Term")
                continue;
            if (section == u"Terms")
                m_terms << Term{c.at(0), c.at(1), patternFor(c.at(0))};
            else if (section == u"Exceptions")
                m_exceptions << Exception{c.at(0), c.at(1)};
        }
        QVERIFY2(m_terms.size() >= 20, "the glossary's Terms table was not found");
    }

    void termsAreTranslatedConsistently()
    {
        QString error;
        const QList<TsMessage> messages = berth::test::readTsFile(
            QDir(berth::test::sourceDir()).filePath(u"translations/berth_zh_CN.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.live() || !m.finished())
                continue;
            const QString text = prose(m.source);
            const QString translation = m.translations.join(u'\n');
            for (const Term &term : std::as_const(m_terms)) {
                if (!term.pattern.match(text).hasMatch() || translation.contains(term.chinese))
                    continue;
                const bool excepted = std::any_of(m_exceptions.cbegin(), m_exceptions.cend(), [&](const Exception &e) {
                    return e.term == term.english && m.source.startsWith(e.sourceStart);
                });
                if (!excepted)
                    problems << m.describe().left(160) + u"\n      \""_s + term.english + u"\" should read "_s
                                    + term.chinese + u" in: "_s + translation.left(160);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"Glossary terms not used:\n  "_s + problems.join(u"\n  "_s)));
    }

    // A longer Chinese term that contains a shorter one (镜像仓库 ⊃ 仓库) may only appear where the
    // source has its English word: "repository" must never come out as 镜像仓库.
    void longerTermsComeFromTheirOwnWord()
    {
        QString error;
        const QList<TsMessage> messages = berth::test::readTsFile(
            QDir(berth::test::sourceDir()).filePath(u"translations/berth_zh_CN.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<Term> longer;
        for (const Term &a : std::as_const(m_terms)) {
            for (const Term &b : std::as_const(m_terms)) {
                if (&a != &b && a.chinese != b.chinese && a.chinese.contains(b.chinese)) {
                    longer << a;
                    break;
                }
            }
        }
        QVERIFY(!longer.isEmpty());
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.live() || !m.finished())
                continue;
            for (const Term &term : std::as_const(longer)) {
                const QString source = QString(m.source).remove(QRegularExpression(u"&(?=\\w)"_s));
                if (m.translations.join(u'\n').contains(term.chinese) && !term.pattern.match(source).hasMatch())
                    problems << m.describe().left(160) + u" — says "_s + term.chinese + u" without \""_s
                                    + term.english + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestI18nGlossary)
#include "tst_i18n_glossary.moc"
