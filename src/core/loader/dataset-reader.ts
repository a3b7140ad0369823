import { READERS } from './data-controller.js';
import { readDataset } from './read.js';

// Importing this module lets elements built with `super('dataset')` read datasets (the contract's JSON, and
// Kolada and CSV when the adapters are loaded too). The dataset components import it, so the collaboration
// diagram, which reads structures only, carries neither the dataset schema nor its rules.
READERS.dataset = readDataset;
