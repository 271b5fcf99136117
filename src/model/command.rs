//! Every change to a map is a `Command`; `apply` performs it and returns the command that undoes it.
use super::map::*;
use super::Lanes;

/// A change to a journey map. Ids and timestamps are always given by the caller.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Sets the map title.
    SetTitle(String),
    /// Sets the map description.
    SetDescription(String),
    /// Sets current / future / draft.
    SetState(MapState),
    /// Sets the last-changed timestamp.
    SetUpdated(String),
    /// Sets which lanes the journey grid shows, in order.
    SetLanes(Lanes),
    /// Sets the map's step in the CX management cycle.
    SetCycle(crate::model::CycleStep),
    /// Sets after how many months without research the map suggests renewing it.
    SetRenewAfter(Option<u16>),
    /// Inserts a stage at a position (clamped to the end).
    AddStage { stage: Stage, index: usize },
    /// Removes a stage with its touchpoints.
    RemoveStage { id: Id },
    /// Replaces the stage with the same id.
    UpdateStage(Stage),
    /// Moves a stage to a new position.
    MoveStage { id: Id, to: usize },
    /// Inserts a touchpoint at a list position (clamped to the end).
    AddTouchpoint {
        touchpoint: Touchpoint,
        index: usize,
    },
    /// Removes a touchpoint (and the actions' links to it).
    RemoveTouchpoint { id: Id },
    /// Replaces the touchpoint with the same id.
    UpdateTouchpoint(Touchpoint),
    /// Puts a touchpoint into `stage` at list position `index`.
    MoveTouchpoint { id: Id, stage: Id, index: usize },
    /// Sets (or clears) one persona's emotion at one touchpoint.
    SetEmotion {
        touchpoint: Id,
        persona: Id,
        value: Option<i8>,
    },
    /// Inserts a persona.
    AddPersona { persona: Persona, index: usize },
    /// Removes a persona and its emotions.
    RemovePersona { id: Id },
    /// Replaces the persona with the same id.
    UpdatePersona(Persona),
    /// Inserts a channel.
    AddChannel { channel: Channel, index: usize },
    /// Removes a channel no touchpoint uses.
    RemoveChannel { id: Id },
    /// Replaces the channel with the same id.
    UpdateChannel(Channel),
    /// Moves a channel to a new position in the map's list (the matrix's and menus' order).
    MoveChannel { id: Id, to: usize },
    /// Inserts an action.
    AddAction { action: Action, index: usize },
    /// Removes an action.
    RemoveAction { id: Id },
    /// Replaces the action with the same id.
    UpdateAction(Action),
    /// Replaces the whole content of the map (keeping its id), e.g. with an imported file.
    ReplaceContent(Box<JourneyMap>),
    /// Several commands as one step; all or nothing.
    Batch(Vec<Command>),
}

/// The kinds of record a command can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A persona.
    Persona,
    /// A stage.
    Stage,
    /// A channel.
    Channel,
    /// A touchpoint.
    Touchpoint,
    /// An action.
    Action,
}

/// Why a command could not be applied. The map is unchanged when this is returned; `i18n` says
/// it in the interface language.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    /// No record of this kind has this id.
    NotFound {
        /// What was looked for.
        kind: RecordKind,
        /// The id looked for.
        id: Id,
    },
    /// A record of this kind already has this id.
    DuplicateId {
        /// What kind of record.
        kind: RecordKind,
        /// The id already taken.
        id: Id,
    },
    /// The command refers to a record that does not exist.
    DanglingReference {
        /// What kind of record is missing.
        kind: RecordKind,
        /// The id referred to.
        id: Id,
    },
    /// The channel is still used by touchpoints.
    ChannelInUse {
        /// The channel.
        id: Id,
    },
    /// An emotion value is outside the map's emotion scale.
    EmotionOutOfRange {
        /// The value given.
        value: i8,
    },
}

fn pos<T>(
    items: &[T],
    id: &str,
    get: impl Fn(&T) -> &str,
    kind: RecordKind,
) -> Result<usize, ModelError> {
    items
        .iter()
        .position(|x| get(x) == id)
        .ok_or_else(|| ModelError::NotFound {
            kind,
            id: id.to_string(),
        })
}

fn ensure_new<T>(
    items: &[T],
    id: &str,
    get: impl Fn(&T) -> &str,
    kind: RecordKind,
) -> Result<(), ModelError> {
    if items.iter().any(|x| get(x) == id) {
        return Err(ModelError::DuplicateId {
            kind,
            id: id.to_string(),
        });
    }
    Ok(())
}

fn check_refs(map: &JourneyMap, tp: &Touchpoint) -> Result<(), ModelError> {
    if map.stage(&tp.stage).is_none() {
        return Err(ModelError::DanglingReference {
            kind: RecordKind::Stage,
            id: tp.stage.clone(),
        });
    }
    if map.channel(&tp.channel).is_none() {
        return Err(ModelError::DanglingReference {
            kind: RecordKind::Channel,
            id: tp.channel.clone(),
        });
    }
    for (p, v) in &tp.emotions {
        if !map.personas.iter().any(|x| &x.id == p) {
            return Err(ModelError::DanglingReference {
                kind: RecordKind::Persona,
                id: p.clone(),
            });
        }
        if map.emotion_scale.clamp(*v) != *v {
            return Err(ModelError::EmotionOutOfRange { value: *v });
        }
    }
    Ok(())
}

/// Removes links to `touchpoint` (and its pain points) from actions; returns the undo steps.
fn unlink_actions(map: &mut JourneyMap, tp: &Touchpoint) -> Vec<Command> {
    let mut undo = Vec::new();
    for a in map.actions.iter_mut() {
        let touches = a.touchpoints.contains(&tp.id)
            || a.pain_points
                .iter()
                .any(|p| tp.pain_points.iter().any(|pp| pp.id == *p));
        if touches {
            undo.push(Command::UpdateAction(a.clone()));
            a.touchpoints.retain(|t| *t != tp.id);
            a.pain_points
                .retain(|p| !tp.pain_points.iter().any(|pp| pp.id == *p));
        }
    }
    undo
}

fn one_or_batch(mut steps: Vec<Command>) -> Command {
    if steps.len() == 1 {
        steps.remove(0)
    } else {
        Command::Batch(steps)
    }
}

/// Applies `cmd` to `map` and returns its inverse. On error the map is left exactly as it was.
pub fn apply(map: &mut JourneyMap, cmd: Command) -> Result<Command, ModelError> {
    use Command::*;
    Ok(match cmd {
        SetTitle(t) => SetTitle(std::mem::replace(&mut map.title, t)),
        SetDescription(t) => SetDescription(std::mem::replace(&mut map.description, t)),
        SetState(s) => SetState(std::mem::replace(&mut map.state, s)),
        SetLanes(l) => SetLanes(std::mem::replace(&mut map.lanes, l)),
        SetCycle(c) => SetCycle(std::mem::replace(&mut map.cycle, c)),
        SetRenewAfter(n) => SetRenewAfter(std::mem::replace(&mut map.renew_after_months, n)),
        SetUpdated(t) => SetUpdated(std::mem::replace(&mut map.updated, t)),
        ReplaceContent(mut new) => {
            // The map keeps its identity (storage key, links to it); everything else is the new content.
            new.id = map.id.clone();
            ReplaceContent(Box::new(std::mem::replace(map, *new)))
        }
        AddStage { stage, index } => {
            ensure_new(&map.stages, &stage.id, |s| &s.id, RecordKind::Stage)?;
            let id = stage.id.clone();
            map.stages.insert(index.min(map.stages.len()), stage);
            RemoveStage { id }
        }
        RemoveStage { id } => {
            let at = pos(&map.stages, &id, |s| &s.id, RecordKind::Stage)?;
            let stage = map.stages.remove(at);
            let mut undo = vec![AddStage { stage, index: at }];
            let mut links = Vec::new();
            let mut i = 0;
            let mut removed = 0;
            while i < map.touchpoints.len() {
                if map.touchpoints[i].stage == id {
                    let tp = map.touchpoints.remove(i);
                    links.extend(unlink_actions(map, &tp));
                    undo.push(AddTouchpoint {
                        touchpoint: tp,
                        index: i + removed,
                    });
                    removed += 1;
                } else {
                    i += 1;
                }
            }
            // Actions are restored after their touchpoints, latest change undone first.
            links.reverse();
            undo.extend(links);
            one_or_batch(undo)
        }
        UpdateStage(stage) => {
            let at = pos(&map.stages, &stage.id, |s| &s.id, RecordKind::Stage)?;
            UpdateStage(std::mem::replace(&mut map.stages[at], stage))
        }
        MoveStage { id, to } => {
            let at = pos(&map.stages, &id, |s| &s.id, RecordKind::Stage)?;
            let s = map.stages.remove(at);
            map.stages.insert(to.min(map.stages.len()), s);
            MoveStage { id, to: at }
        }
        AddTouchpoint { touchpoint, index } => {
            ensure_new(
                &map.touchpoints,
                &touchpoint.id,
                |t| &t.id,
                RecordKind::Touchpoint,
            )?;
            check_refs(map, &touchpoint)?;
            let id = touchpoint.id.clone();
            map.touchpoints
                .insert(index.min(map.touchpoints.len()), touchpoint);
            RemoveTouchpoint { id }
        }
        RemoveTouchpoint { id } => {
            let at = pos(&map.touchpoints, &id, |t| &t.id, RecordKind::Touchpoint)?;
            let tp = map.touchpoints.remove(at);
            let mut links = unlink_actions(map, &tp);
            let add = AddTouchpoint {
                touchpoint: tp,
                index: at,
            };
            if links.is_empty() {
                add
            } else {
                links.insert(0, add);
                Batch(links)
            }
        }
        UpdateTouchpoint(tp) => {
            let at = pos(&map.touchpoints, &tp.id, |t| &t.id, RecordKind::Touchpoint)?;
            check_refs(map, &tp)?;
            UpdateTouchpoint(std::mem::replace(&mut map.touchpoints[at], tp))
        }
        MoveTouchpoint { id, stage, index } => {
            let at = pos(&map.touchpoints, &id, |t| &t.id, RecordKind::Touchpoint)?;
            if map.stage(&stage).is_none() {
                return Err(ModelError::DanglingReference {
                    kind: RecordKind::Stage,
                    id: stage,
                });
            }
            let mut tp = map.touchpoints.remove(at);
            let old_stage = std::mem::replace(&mut tp.stage, stage);
            map.touchpoints.insert(index.min(map.touchpoints.len()), tp);
            MoveTouchpoint {
                id,
                stage: old_stage,
                index: at,
            }
        }
        SetEmotion {
            touchpoint,
            persona,
            value,
        } => {
            let at = pos(
                &map.touchpoints,
                &touchpoint,
                |t| &t.id,
                RecordKind::Touchpoint,
            )?;
            if !map.personas.iter().any(|p| p.id == persona) {
                return Err(ModelError::DanglingReference {
                    kind: RecordKind::Persona,
                    id: persona,
                });
            }
            if let Some(v) = value {
                if map.emotion_scale.clamp(v) != v {
                    return Err(ModelError::EmotionOutOfRange { value: v });
                }
            }
            let emotions = &mut map.touchpoints[at].emotions;
            let old = match value {
                Some(v) => emotions.insert(persona.clone(), v),
                None => emotions.remove(&persona),
            };
            SetEmotion {
                touchpoint,
                persona,
                value: old,
            }
        }
        AddPersona { persona, index } => {
            ensure_new(&map.personas, &persona.id, |p| &p.id, RecordKind::Persona)?;
            let id = persona.id.clone();
            map.personas.insert(index.min(map.personas.len()), persona);
            RemovePersona { id }
        }
        RemovePersona { id } => {
            let at = pos(&map.personas, &id, |p| &p.id, RecordKind::Persona)?;
            let persona = map.personas.remove(at);
            let mut undo = vec![AddPersona { persona, index: at }];
            for tp in map.touchpoints.iter_mut() {
                if let Some(v) = tp.emotions.remove(&id) {
                    undo.push(SetEmotion {
                        touchpoint: tp.id.clone(),
                        persona: id.clone(),
                        value: Some(v),
                    });
                }
            }
            one_or_batch(undo)
        }
        UpdatePersona(p) => {
            let at = pos(&map.personas, &p.id, |p| &p.id, RecordKind::Persona)?;
            UpdatePersona(std::mem::replace(&mut map.personas[at], p))
        }
        AddChannel { channel, index } => {
            ensure_new(&map.channels, &channel.id, |c| &c.id, RecordKind::Channel)?;
            let id = channel.id.clone();
            map.channels.insert(index.min(map.channels.len()), channel);
            RemoveChannel { id }
        }
        RemoveChannel { id } => {
            let at = pos(&map.channels, &id, |c| &c.id, RecordKind::Channel)?;
            if map.touchpoints.iter().any(|t| t.channel == id) {
                return Err(ModelError::ChannelInUse { id });
            }
            AddChannel {
                channel: map.channels.remove(at),
                index: at,
            }
        }
        UpdateChannel(c) => {
            let at = pos(&map.channels, &c.id, |c| &c.id, RecordKind::Channel)?;
            UpdateChannel(std::mem::replace(&mut map.channels[at], c))
        }
        MoveChannel { id, to } => {
            let at = pos(&map.channels, &id, |c| &c.id, RecordKind::Channel)?;
            let c = map.channels.remove(at);
            map.channels.insert(to.min(map.channels.len()), c);
            MoveChannel { id, to: at }
        }
        AddAction { action, index } => {
            ensure_new(&map.actions, &action.id, |a| &a.id, RecordKind::Action)?;
            let id = action.id.clone();
            map.actions.insert(index.min(map.actions.len()), action);
            RemoveAction { id }
        }
        RemoveAction { id } => {
            let at = pos(&map.actions, &id, |a| &a.id, RecordKind::Action)?;
            AddAction {
                action: map.actions.remove(at),
                index: at,
            }
        }
        UpdateAction(a) => {
            let at = pos(&map.actions, &a.id, |a| &a.id, RecordKind::Action)?;
            UpdateAction(std::mem::replace(&mut map.actions[at], a))
        }
        Batch(cmds) => {
            let mut undo = Vec::with_capacity(cmds.len());
            for c in cmds {
                match apply(map, c) {
                    Ok(inv) => undo.push(inv),
                    Err(e) => {
                        // All or nothing: roll back what this batch already did.
                        while let Some(inv) = undo.pop() {
                            let _ = apply(map, inv);
                        }
                        return Err(e);
                    }
                }
            }
            undo.reverse();
            Batch(undo)
        }
    })
}

/// The one step that removes channel `id` and moves its touchpoints to channel `to` (the user
/// chose where they go): every touchpoint's change and the removal, undone together.
pub fn remove_channel_moving(map: &JourneyMap, id: &str, to: &str) -> Command {
    let mut steps: Vec<Command> = map
        .touchpoints
        .iter()
        .filter(|t| t.channel == id)
        .map(|t| {
            let mut moved = t.clone();
            moved.channel = to.to_string();
            Command::UpdateTouchpoint(moved)
        })
        .collect();
    steps.push(Command::RemoveChannel { id: id.to_string() });
    Command::Batch(steps)
}
