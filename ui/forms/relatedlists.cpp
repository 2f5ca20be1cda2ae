// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedlists.h"

#include "metadata/value.h"

#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace trato {

namespace {
// Enter on a related list opens the record, like a double-click.
class OpenOnEnter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            auto *view = qobject_cast<QTableView *>(watched);
            if (view && (key == Qt::Key_Return || key == Qt::Key_Enter) && view->currentIndex().isValid()) {
                Q_EMIT view->doubleClicked(view->currentIndex());
                return true;
            }
        }
        return false;
    }
};
} // namespace

RelatedLists::RelatedLists(Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_layout(new QVBoxLayout(this))
{
    connect(db.registry(), &Registry::entityChanged, this, [this] {
        if (!m_id.isEmpty())
            rebuild();
    });
}

void RelatedLists::setRecordId(const QString &id)
{
    if (id == m_id && m_body)
        return;
    m_id = id;
    rebuild();
}

void RelatedLists::rebuild()
{
    delete m_body;
    m_tables.clear();
    m_body = new QWidget(this);
    m_layout->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);

    const QList<RecordStore::Related> related = RecordStore(m_db).relatedLists(m_entity);
    if (m_id.isEmpty() || related.isEmpty()) {
        auto *note = new QLabel(m_id.isEmpty() ? tr("Save the record to see the records related to it.")
                                               : tr("No other kind of record refers to this one yet."), m_body);
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addStretch(1);
        return;
    }
    auto *enter = new OpenOnEnter(m_body);
    for (const RecordStore::Related &r : related) {
        const Entity *e = m_db.registry()->entity(r.entity);
        const Field *f = e ? e->field(r.field) : nullptr;
        if (!e || !f)
            continue;
        auto *model = new RecordListModel(m_db, r.entity, m_body);
        QStringList columns;
        for (const Field *c : e->fieldsWith(Field::InList))
            if (c->name != r.field)
                columns << c->name;
        model->setVisibleFields(columns);
        model->setWhere({{r.field, m_id}});

        // "Contacts (Account)": the list's entity, and through which field when it is not obvious.
        auto *title = new QLabel(m_body);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        const QString caption = tr("%1 (%2)").arg(e->displayPluralLabel(), f->displayLabel());
        title->setText(caption);

        auto *view = new QTableView(m_body);
        view->setObjectName(QStringLiteral("related_") + r.entity + QLatin1Char('_') + r.field);
        view->setAccessibleName(caption);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        view->setAlternatingRowColors(true);
        auto *none = new QLabel(tr("None."), m_body);
        none->setContentsMargins(8, 0, 0, 8);
        // Each list is as tall as its rows (up to 8, then it scrolls); an empty one is one line.
        auto fit = [view, none, title, caption](qint64 total) {
            title->setText(total >= 0 ? tr("%1: %2").arg(caption, Value::formatInteger(total)) : caption);
            none->setVisible(total == 0);
            view->resizeColumnsToContents(); // whole titles and values, the last column stretches
            view->setVisible(total != 0);
            const int rows = int(qBound(qint64(1), total, qint64(8)));
            view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                                 + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() + 2);
        };
        fit(-1);
        connect(model, &RecordListModel::totalCountChanged, view, fit);
        view->installEventFilter(enter);
        title->setBuddy(view);
        const QString entityName = r.entity;
        connect(view, &QTableView::doubleClicked, this, [this, model, entityName](const QModelIndex &index) {
            const QString id = model->recordId(index.row());
            if (!id.isEmpty())
                Q_EMIT openRequested(entityName, id);
        });
        layout->addWidget(title);
        layout->addWidget(view);
        layout->addWidget(none);
        m_tables << view;
    }
    layout->addStretch(1);
}

} // namespace trato
