// The translation catalogues are complete for the sources as they are now: lupdate runs over the
// sources into a temporary copy, so a new tr() string without a Chinese translation fails here,
// by name. Also checks that translations keep placeholders, accelerators and HTML.

#include "i18n/tsfile.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using berth::test::TsMessage;

namespace {

QString tsPath(const QString &lang)
{
    return QDir(berth::test::sourceDir()).filePath(u"translations/berth_"_s + lang + u".ts"_s);
}

// The catalogue for lang after lupdate has seen the current sources.
QList<TsMessage> updatedCatalogue(const QString &lang, QString *error)
{
    static QTemporaryDir dir;
    const QString copy = dir.filePath(u"berth_"_s + lang + u".ts"_s);
    QFile::remove(copy);
    if (!QFile::copy(tsPath(lang), copy)) {
        *error = u"cannot copy "_s + tsPath(lang);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    *error = berth::test::runLupdate(QStringLiteral(BERTH_LUPDATE), berth::test::sourceDir(), copy,
                                     lang, lang == u"en");
    if (!error->isEmpty())
        return {};
    return berth::test::readTsFile(copy, error);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:[1-9]|n|L[1-9])"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    return sorted(found);
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(u"</?[a-zA-Z][a-zA-Z0-9]*[^>]*>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

// The letter after a single '&' (not "&&"), or a null QChar.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return text.at(i + 1).toUpper();
    }
    return {};
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

class TestI18nCatalog : public QObject
{
    Q_OBJECT

private slots:
    void chineseCoversEverySourceString()
    {
        QString error;
        const QList<TsMessage> messages = updatedCatalogue(u"zh_CN"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, "lupdate found too few strings: is it scanning the sources?");
        QStringList missing;
        for (const TsMessage &m : messages) {
            if (m.live() && !m.finished())
                missing << m.describe();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 string(s) have no Chinese translation (run scripts/update-translations, "
                            u"then translate translations/berth_zh_CN.ts):\n  "_s.arg(missing.size())
                            + missing.join(u"\n  "_s)));
    }

    void englishHasEveryPluralForm()
    {
        QString error;
        const QList<TsMessage> messages = updatedCatalogue(u"en"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage &m : messages) {
            if (m.live() && m.numerus && (!m.finished() || m.translations.size() != 2))
                missing << m.describe();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"English plural forms missing:\n  "_s + missing.join(u"\n  "_s)));
    }

    void translationsKeepPlaceholdersAcceleratorsAndHtml()
    {
        QString error;
        const QList<TsMessage> messages = berth::test::readTsFile(tsPath(u"zh_CN"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Written the same way in Chinese: names, addresses, what a user types, and "blob", which
        // Chinese writing on OCI keeps in English (translations/GLOSSARY.md).
        const QSet<QString> sameInChinese{u"Berth"_s, u"TLS"_s, u"registry.example.com:5000"_s, u"[y/N]"_s,
                                          u"y"_s, u"Blobs"_s, u"SBOM"_s, u"%1 of %2"_s,
                                          u"berthctl: %1"_s, u"Harbor:"_s, u" GiB"_s,
                                          // units, written in Latin letters in Chinese too
                                          u"GiB"_s, u"MiB"_s, u"Kbps"_s, u"Mbps"_s};
        static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.live() || !m.finished())
                continue;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << m.describe() + u" — placeholders "_s + placeholders(t).join(u',');
                if (htmlTags(t) != htmlTags(m.source))
                    problems << m.describe() + u" — HTML differs"_s;
                const QChar acc = accelerator(m.source);
                if (!acc.isNull() && accelerator(t) != acc)
                    problems << m.describe() + u" — accelerator &"_s + acc + u" lost"_s;
                if (!sameInChinese.contains(m.source) && m.source.contains(word) && !hasHan(t))
                    problems << m.describe() + u" — not translated into Chinese: \""_s + t + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void qmFilesAreEmbedded()
    {
        for (const QString &lang : {u"en"_s, u"zh_CN"_s})
            QVERIFY2(QFile::exists(u":/i18n/berth_"_s + lang + u".qm"_s), qPrintable(lang));
    }
};

QTEST_GUILESS_MAIN(TestI18nCatalog)
#include "tst_i18n_catalog.moc"
