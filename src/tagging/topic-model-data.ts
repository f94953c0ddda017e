import modelData from "./data/topic-model.json" with { type: "json" };
import { compileModel, type TopicModel, type TopicModelFile } from "./topic-model.js";

/** The shipped topic model (data/topic-model.json, trained by `npm run train:topics`), compiled once. */
export const TOPIC_MODEL: TopicModel = compileModel(modelData as unknown as TopicModelFile);
