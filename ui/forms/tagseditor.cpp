// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagseditor.h"

#include "metadata/value.h"
#include "search/tagstore.h"
#include "store/database.h"
#include "util/background.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace trato {

namespace {

// Completes the last comma-separated part of the text, keeping the tags before it.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    QStringList splitPath(const QString &path) const override
    {
        const int comma = path.lastIndexOf(QLatin1Char(','));
        return {path.mid(comma + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const int comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};

} // namespace

TagsEditor::TagsEditor(Database &db, const QString &entity, const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit)
    , m_tags(new QStringListModel(this))
{
    m_edit->setPlaceholderText(tr("Tags, separated by commas"));
    m_completer = new TagCompleter(m_tags, m_edit);
    m_edit->setCompleter(m_completer);
    setEditor(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { markEdited(); });
    // Counting tags reads the whole column: never on the GUI thread.
    runInBackground(
        db, this, [entity](Database &database) { return TagStore(database).counts(entity); },
        [this](Result<QList<TagCount>> counts) {
            QStringList tags;
            if (counts) {
                for (const TagCount &t : counts.value())
                    tags << t.tag;
            }
            m_tags->setStringList(tags);
            Q_EMIT knownTagsLoaded();
        });
}

QStringList TagsEditor::knownTags() const
{
    return m_tags->stringList();
}

void TagsEditor::load(const QVariant &stored)
{
    m_edit->setText(Value::display(field(), stored));
}

Result<QVariant> TagsEditor::parsed() const
{
    auto v = Value::parse(field(), m_edit->text());
    return v ? v : Result<QVariant>(fieldError(v.error()));
}

} // namespace trato
