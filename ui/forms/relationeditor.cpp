// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationeditor.h"

#include "store/recordstore.h"
#include "util/background.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace trato {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSuggestionLimit = 20;
} // namespace

RelationEditor::RelationEditor(Database &db, const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_db(db)
    , m_edit(new QLineEdit)
    , m_open(new QToolButton)
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStandardItemModel(this))
{
    const Entity *target = db.registry()->entity(field.relationTarget);
    const QString targetLabel = target ? target->displayLabel() : field.relationTarget;
    m_edit->setPlaceholderText(tr("Type to find a %1").arg(targetLabel.toLower()));
    m_edit->setClearButtonEnabled(true);
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_edit->setCompleter(m_completer);

    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the selected %1").arg(targetLabel.toLower()));
    m_open->setAccessibleName(tr("Open %1").arg(field.displayLabel()));
    m_open->setEnabled(false);

    setEditor(m_edit);
    layout()->addWidget(m_open);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &RelationEditor::requestSuggestions);
    connect(m_edit, &QLineEdit::textEdited, this, &RelationEditor::onTextEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        choose(index.data(kIdRole).toString(), index.data(Qt::DisplayRole).toString());
    });
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT openRequested(this->field().relationTarget, m_id);
    });
}

void RelationEditor::load(const QVariant &stored)
{
    m_id = stored.toString();
    m_title = m_id.isEmpty() ? QString() : RecordStore(m_db).displayName(field().relationTarget, m_id);
    if (!m_id.isEmpty() && m_title.isEmpty())
        m_title = m_id; // the related record is gone; show what is stored
    m_edit->setText(m_title);
    m_open->setEnabled(!m_id.isEmpty());
}

Result<QVariant> RelationEditor::parsed() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QVariant();
    if (!m_id.isEmpty() && text == m_title)
        return QVariant(m_id);
    auto id = RecordStore(m_db).resolveRelation(field(), text);
    if (!id)
        return fieldError(id.error());
    return QVariant(id.value());
}

void RelationEditor::onTextEdited(const QString &text)
{
    if (text != m_title)
        m_id.clear();
    m_open->setEnabled(!m_id.isEmpty());
    markEdited();
    m_debounce.start();
}

void RelationEditor::choose(const QString &id, const QString &title)
{
    m_id = id;
    m_title = title;
    if (m_edit->text() != title)
        m_edit->setText(title);
    m_open->setEnabled(!m_id.isEmpty());
    markEdited();
}

void RelationEditor::requestSuggestions()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || text == m_title)
        return;
    const Entity *target = m_db.registry()->entity(field().relationTarget);
    if (!target)
        return;
    ListQuery query;
    query.entity = target->name;
    query.search = text;
    query.limit = kSuggestionLimit;
    query.columns = target->titleFields;
    const QStringList titleFields = target->titleFields;
    const quint64 generation = ++m_generation;
    // A one-letter prefix can match most of a big table: searched off the GUI thread.
    runInBackground(
        m_db, this,
        [query](Database &db) { return RecordStore(db).list(query); },
        [this, generation, titleFields, text](Result<QList<Record>> result) {
            if (generation != m_generation || !result)
                return;
            m_suggestions->clear();
            for (const Record &r : result.value()) {
                QStringList parts;
                for (const QString &f : titleFields)
                    if (!r.value(f).toString().isEmpty())
                        parts << r.value(f).toString();
                auto *item = new QStandardItem(parts.join(QLatin1Char(' ')));
                item->setData(r.value(QStringLiteral("id")), kIdRole);
                m_suggestions->appendRow(item);
            }
            if (m_edit->hasFocus() && m_edit->text().trimmed() == text && m_suggestions->rowCount() > 0)
                m_completer->complete();
        });
}

} // namespace trato
